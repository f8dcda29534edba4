import Testing
import FixpathMarkdown

/// The scheme is read as the URL standard reads it, and file paths become URLs a browser reads back as the same path.
@Suite struct URLSyntaxTests {
    @Test(arguments: [
        ("javascript:alert(1)", "javascript"),
        ("JavaScript:alert(1)", "javascript"),
        ("      javascript:alert(1)", "javascript"),
        ("\t\t\t\t\t\t\tjavascript:alert(1)", "javascript"),
        ("\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}javascript:alert(1)", "javascript"),
        ("\u{0}\u{1F} javascript:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
        ("java\nscr\ript:alert(1)", "javascript"),
        ("vbscript:msgbox", "vbscript"),
        ("https://example.com/", "https"),
        ("coap+tcp.x-y:z", "coap+tcp.x-y"),
        ("mailto:someone@example.com", "mailto"),
    ])
    func readsTheScheme(url: String, scheme: String) {
        #expect(URLSyntax.scheme(of: url) == scheme)
    }

    @Test(arguments: [
        "media/a.png", "../a.html#part", "#anchor", "/exchange/x", "//example.com/x", "./javascript:alert(1)",
        "1javascript:alert(1)", "java script:alert(1)", "\u{A0}javascript:alert(1)", "jav\u{E9}script:x", ":x", "", "a%3Ab",
    ])
    func relativeURLsHaveNoScheme(url: String) {
        #expect(URLSyntax.scheme(of: url) == nil)
    }

    @Test(arguments: [
        ("      javascript:alert(1)", false, "#"),
        ("\u{1}javascript:alert(1)", false, "#"),
        ("java\tscript:alert(1)", false, "#"),
        (" VBScript:x", false, "#"),
        ("data:text/html,<script>", false, "#"),
        ("data:image/png;base64,AAAA", false, "#"),
        ("data:image/png;base64,AAAA", true, "data:image/png;base64,AAAA"),
        (" data:image/svg+xml,<svg>", true, "#"),
        ("https://example.com/", false, "https://example.com/"),
        ("./javascript:alert(1);x.html", false, "./javascript:alert(1);x.html"),
    ])
    func unsafeSchemesBecomeAHash(url: String, isImage: Bool, safe: String) {
        #expect(HTMLEscaping.safeURL(url, isImage: isImage) == safe)
    }

    @Test(arguments: [
        ("a/b.html", "a/b.html"),
        ("../media/screen shot.png", "../media/screen%20shot.png"),
        ("c #1?%.html", "c%20%231%3F%25.html"),
        ("back\\slash.png", "back%5Cslash.png"),
        ("line\nbreak\ttab.png", "line%0Abreak%09tab.png"),
        ("caf\u{E9}/\u{65E5}.png", "caf%C3%A9/%E6%97%A5.png"),
        ("quote\"<>`{|}^[].png", "quote%22%3C%3E%60%7B%7C%7D%5E%5B%5D.png"),
        ("javascript:alert(1);x.html", "./javascript:alert(1);x.html"),
        ("a/javascript:x.html", "a/javascript:x.html"),
        ("-dash/~tilde@(x)!$&'*+,;=.png", "-dash/~tilde@(x)!$&'*+,;=.png"),
    ])
    func pathsArePercentEncodedPerSegment(path: String, url: String) {
        #expect(URLSyntax.relativeURL(path: path) == url)
    }
}
