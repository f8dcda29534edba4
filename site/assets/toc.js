window.FIXPATH_TOC = {"sections":"sections","rows":[
[0,"Exchange Online","#exchange-online"],
[1,"Bounce messages (NDRs)","#exchange-online--bounce-messages-ndrs"],
[2,"Bounce messages (NDRs) in Exchange Online","0:exchange-online/ndr/non-delivery-reports-overview"],
[2,"Fix NDR errors 5.1.1 through 5.1.20","20:fix-ndr-5-1-1-through-5-1-20"],
[2,"Fix NDR error 550 5.7.124","30:7-124"],
[0,"Outlook","#outlook"],
[1,"Outlook can't connect after you change your password","0:outlook/outlook-cannot-connect-after-password-change"]]};
