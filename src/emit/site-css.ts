// The site's one stylesheet: system fonts, readable measure, light and dark, 320 px and up.

/** CSS text of assets/site.<hash>.css. */
export const SITE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f23;--muted:#57606a;--link:#0550ae;--line:#d0d7de;--accent:#ffd33d;--card:#f6f8fa;--focus:#bf3989}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--link:#6cb6ff;--line:#30363d;--card:#161b22;--focus:#ff7bce}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip-link{position:absolute;left:.5rem;top:-3rem;background:var(--bg);padding:.5rem 1rem;z-index:10}
.skip-link:focus{top:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line)}
.site-name{font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--fg)}
.site-header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.site-search{display:flex;gap:.25rem;margin-left:auto;flex:1 1 14rem;max-width:24rem}
input[type=search]{flex:1;min-width:0;font:inherit;padding:.4rem .6rem;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg)}
button{font:inherit;padding:.4rem .8rem;border:1px solid var(--muted);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer}
main{max-width:60rem;margin:0 auto;padding:1rem}
main:focus{outline:none}
h1{font-size:clamp(1.5rem,4vw,2.2rem);line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;margin-top:2rem}
.muted,.page-meta,.talk-meta{color:var(--muted)}
.talk-list{list-style:none;padding:0;margin:0}
.talk-item{padding:.6rem 0;border-bottom:1px solid var(--line)}
.talk-title{font-weight:600}
.talk-item a,.chips a,.talk-facts a,.talk-nav a,.event-list a,.site-header nav a{display:inline-block;min-height:1.5rem}
.talk-meta{display:flex;flex-wrap:wrap;gap:.1rem .9rem;font-size:.92rem}
.talk-byline{font-size:1.05rem;color:var(--muted)}
.player{margin:1rem 0}
.player-stage{position:relative;aspect-ratio:16/9;background:#1f2933;border-radius:8px;overflow:hidden}
.player-stage iframe,.player-stage video{position:absolute;inset:0;width:100%;height:100%;border:0;background:#000}
.player-facade{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#fff;text-decoration:none}
.player-facade:focus-visible{outline:none}
.player-facade:focus-visible::after{content:"";position:absolute;inset:0;border:4px solid var(--focus);box-shadow:inset 0 0 0 2px #fff;border-radius:8px;pointer-events:none}
.player-poster{position:absolute;inset:0;background:radial-gradient(circle at 30% 25%,#3d5a80 0,#1f2933 60%,#111820 100%)}
.player-poster-title{position:absolute;left:1rem;right:1rem;top:.8rem;font-size:clamp(1rem,3.2vw,1.6rem);font-weight:700;line-height:1.25;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;opacity:.92}
.player-thumb{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.play-button{position:relative;width:4.5rem;height:3.2rem;border-radius:12px;background:rgba(0,0,0,.75);box-shadow:0 0 0 2px rgba(255,255,255,.85)}
.play-button::after{content:"";position:absolute;left:50%;top:50%;transform:translate(-35%,-50%);border-style:solid;border-width:.8rem 0 .8rem 1.3rem;border-color:transparent transparent transparent #fff}
.player-facade:hover .play-button,.player-facade:focus-visible .play-button{background:#b30000}
.play-label{position:absolute;left:0;right:0;bottom:0;padding:1.5rem .9rem .6rem;background:linear-gradient(transparent,rgba(0,0,0,.85) 55%);font-size:.95rem;font-weight:600}
.sources{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem;margin-top:.6rem}
.sources-label{font-size:1rem;margin:0;color:var(--muted)}
.sources ul{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}
.sources a{display:inline-block;padding:.2rem .7rem;border:1px solid var(--line);border-radius:999px;text-decoration:none}
.sources a[aria-current]{background:var(--link);border-color:var(--link);color:var(--bg);font-weight:600}
.source-size{font-weight:400}
.no-video{padding:1rem;border:1px dashed var(--line);border-radius:8px;color:var(--muted)}
.talk-facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
.talk-facts dt{color:var(--muted)}
.talk-facts dd{margin:0}
.tags,.chips{display:flex;flex-wrap:wrap;gap:.35rem .6rem;list-style:none;padding:0;margin:0}
.chips li{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:.1rem .6rem}
.rst pre{overflow-x:auto;background:var(--card);padding:.75rem;border-radius:6px}
.rst table{border-collapse:collapse;display:block;overflow-x:auto}
.rst td,.rst th{border:1px solid var(--line);padding:.25rem .5rem}
.rst img{max-width:100%;height:auto}
.talk-nav{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap;margin:2rem 0;padding-top:1rem;border-top:1px solid var(--line)}
.event-list{padding-left:1.2rem}
.pagination{display:flex;gap:.5rem 1rem;flex-wrap:wrap;align-items:center;margin:1.5rem 0}
.pagination a,.pagination [aria-current]{display:inline-block;min-width:2rem;min-height:1.5rem;text-align:center}
.pagination [aria-current=page]{font-weight:700;border-bottom:3px solid var(--link)}
.letters{margin:.5rem 0 1rem}
.letters a{display:inline-block;min-width:1.75rem;text-align:center;font-weight:600}
.name-list{columns:16rem;column-gap:2rem;list-style:none;padding:0;margin:0}
.name-list li{break-inside:avoid;padding:.15rem 0}
table.languages{border-collapse:collapse;width:100%}
table.languages th,table.languages td{text-align:left;padding:.35rem .75rem .35rem 0;border-bottom:1px solid var(--line)}
table.languages td:last-child,table.languages th:last-child{text-align:right}
.hero-search,.search-form{display:flex;flex-wrap:wrap;gap:.4rem;max-width:34rem;margin:1rem 0}
.hero-search label,.search-form label{flex-basis:100%;font-weight:600}
.hero-search input,.search-form input{flex:1 1 12rem}
.search-help{font-size:.9rem}
kbd{font:inherit;font-size:.85em;border:1px solid var(--line);border-radius:4px;padding:0 .3em;background:var(--card)}
.search-app{display:grid;grid-template-columns:minmax(0,1fr) 15rem;gap:1rem 2rem;align-items:start}
.search-app[hidden],.facet[hidden]{display:none}
.search-bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.25rem 1rem}
.search-status{margin:.25rem 0;font-weight:600}
.search-sort select{font:inherit;padding:.2rem .4rem;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg)}
.search-hit{display:flex;gap:.75rem;align-items:flex-start}
.search-thumb{flex:none;width:8rem;height:4.5rem;object-fit:cover;border-radius:4px;background:var(--card)}
.search-hit-text{min-width:0}
mark{background:var(--accent);color:#1b1f23;border-radius:2px}
.search-facets h3{font-size:1rem;margin:1rem 0 .25rem}
.search-facets summary{cursor:pointer;margin-top:1rem;font-weight:600;min-height:1.5rem}
.facet-values{list-style:none;margin:0;padding:0}
.facet-link{display:flex;justify-content:space-between;gap:.5rem;min-height:1.5rem}
.facet-link[aria-current]{font-weight:700}
.facet-link[aria-current] .facet-label::before{content:"✓ "}
.facet-count{color:var(--muted)}
.search-more{margin:1rem 0}
.site-footer{border-top:1px solid var(--line);padding:1rem;text-align:center;color:var(--muted);font-size:.9rem}
@media (max-width:48rem){.search-app{grid-template-columns:1fr}.search-thumb{width:5.5rem;height:3.1rem}}
@media (max-width:40rem){.site-search{max-width:none;margin-left:0}.talk-facts{grid-template-columns:1fr}.talk-facts dt{font-weight:600}}
`.trim();
