// Generated from templates/ by `FIXPATH_RECORD=1 swift test --filter BuiltinTheme`. Do not edit.

/// The theme compiled into the binary, so it works from any folder.
enum BuiltinTheme {
    static let files: [String: String] = [
        "404.mustache": ###"""
{{> head}}
<main id="main" class="not-found">
<h1>Page not found</h1>
<p>The page you asked for is not here. Go to the <a href="{{root}}index.html">list of topics</a>.</p>
</main>
{{> foot}}

"""###,
        "assets/fixpath.css": ###"""
:root {
  --fg: #1b1b1b; --bg: #ffffff; --muted: #505050; --link: #0758a8; --border: #d1d1d1;
  --note: #e8f1fb; --note-border: #0758a8; --tip: #e9f5ea; --tip-border: #1e6b24;
  --important: #f3ecfa; --important-border: #6a2ca3; --caution: #fdf1e7; --caution-border: #a44100;
  --warning: #fde9ea; --warning-border: #b1101b; --code: #f2f2f2;
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; }
.site-header, .site-footer { padding: .75rem 1.5rem; border-bottom: 1px solid var(--border); }
.site-footer { border-top: 1px solid var(--border); border-bottom: 0; color: var(--muted); margin-top: 3rem; }
.site-title { font-weight: 600; text-decoration: none; font-size: 1.1rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0; font-size: .9rem; }
.breadcrumbs li + li::before { content: "/"; margin-right: .25rem; color: var(--muted); }
.topic-meta { color: var(--muted); font-size: .9rem; }
h1 { font-size: 2rem; line-height: 1.25; }
img { max-width: 100%; height: auto; }
img.icon { width: 1.25em; height: 1.25em; vertical-align: middle; }
img.bordered { border: 1px solid var(--border); }
code { background: var(--code); padding: .1em .3em; border-radius: 3px; font-size: .92em; }
pre { background: var(--code); padding: 1rem; overflow-x: auto; }
pre code { padding: 0; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--border); padding: .4rem .6rem; vertical-align: top; text-align: left; }
.align-center { text-align: center; } .align-right { text-align: right; }
.alert { border-left: 4px solid var(--note-border); background: var(--note); padding: .5rem 1rem; margin: 1rem 0; }
.alert-title { font-weight: 700; margin: .25rem 0; }
.alert-tip { background: var(--tip); border-color: var(--tip-border); }
.alert-important { background: var(--important); border-color: var(--important-border); }
.alert-caution { background: var(--caution); border-color: var(--caution-border); }
.alert-warning { background: var(--warning); border-color: var(--warning-border); }
.nextstepaction a { display: inline-block; padding: .5rem 1rem; border: 2px solid var(--link); text-decoration: none; font-weight: 600; }
.tab-group { border: 1px solid var(--border); padding: 0 1rem; margin: 1rem 0; }
.tab-title { font-weight: 700; border-bottom: 1px solid var(--border); }
.topic-group ul { padding-left: 1.2rem; }
.topic-group li p { margin: .1rem 0 .6rem; color: var(--muted); }
@media print { .site-header, .site-footer, .skip-link, .breadcrumbs { display: none; } a { color: inherit; } }

"""###,
        "foot.mustache": ###"""
<footer class="site-footer">
<p>Built with fixpath.</p>
</footer>
</body>
</html>

"""###,
        "head.mustache": ###"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{pageTitle}}</title>
{{#description}}<meta name="description" content="{{description}}">
{{/description}}<meta name="generator" content="fixpath">
<link rel="stylesheet" href="{{root}}assets/fixpath.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-title" href="{{root}}index.html">{{siteTitle}}</a>
</header>

"""###,
        "index.mustache": ###"""
{{> head}}
<main id="main" class="home">
<h1>{{siteTitle}}</h1>
{{#groups}}<section class="topic-group">
<h2>{{name}}</h2>
<ul>
{{#topics}}<li><a href="{{href}}">{{title}}</a>{{#description}}<p>{{description}}</p>{{/description}}</li>
{{/topics}}</ul>
</section>
{{/groups}}
</main>
{{> foot}}

"""###,
        "topic.mustache": ###"""
{{> head}}
<main id="main" class="topic">
{{#hasBreadcrumbs}}<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
{{#breadcrumbs}}<li><a href="{{href}}">{{name}}</a></li>
{{/breadcrumbs}}</ol></nav>
{{/hasBreadcrumbs}}<article>
<h1>{{heading}}</h1>
{{#date}}<p class="topic-meta">Last updated <time datetime="{{iso}}">{{long}}</time></p>
{{/date}}{{{body}}}
</article>
</main>
{{> foot}}

"""###,
    ]
}
