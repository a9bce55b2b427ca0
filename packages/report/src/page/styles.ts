/**
 * The page's whole stylesheet, inlined so the file needs no network. Colours are variables: the
 * light theme by default, the dark one under `prefers-color-scheme: dark` unless the reader picked a
 * theme with the toggle (`data-theme` on the root wins either way). System fonts only.
 */
export const reportCss = `
:root{color-scheme:light;--bg:#f4f2ee;--panel:#ffffff;--panel-2:#f8f7f4;--ink:#1d1c22;--muted:#6e6b76;--line:#e5e1da;--accent:#5a55d9;--accent-ink:#fff;--ok:#1f8f5f;--warn:#b7791f;--bad:#c2413b;--shadow:0 1px 2px rgb(30 25 20/.06),0 4px 14px rgb(30 25 20/.05);--radius:14px}
:root[data-theme=dark]{color-scheme:dark;--bg:#111217;--panel:#1a1b22;--panel-2:#20212a;--ink:#ecebf1;--muted:#9d9aa8;--line:#2d2e39;--accent:#8f8bff;--accent-ink:#111;--ok:#4cc38a;--warn:#e3a94b;--bad:#f0736b;--shadow:0 1px 2px rgb(0 0 0/.3),0 6px 20px rgb(0 0 0/.25)}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;--bg:#111217;--panel:#1a1b22;--panel-2:#20212a;--ink:#ecebf1;--muted:#9d9aa8;--line:#2d2e39;--accent:#8f8bff;--accent-ink:#111;--ok:#4cc38a;--warn:#e3a94b;--bad:#f0736b;--shadow:0 1px 2px rgb(0 0 0/.3),0 6px 20px rgb(0 0 0/.25)}}
*{box-sizing:border-box}
html{scroll-behavior:smooth;scroll-padding-top:84px}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-font-smoothing:antialiased}
code,.key,.hex{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
a{color:var(--accent)}
h1,h2,h3,h4{margin:0;line-height:1.25}
.wrap{max-width:1240px;margin:0 auto;padding:0 20px}
.hero{padding:36px 0 18px;background:radial-gradient(1200px 320px at 10% -40%,color-mix(in srgb,var(--accent) 22%,transparent),transparent),var(--bg)}
.hero-top{display:flex;align-items:flex-start;justify-content:space-between;gap:16px}
.hero h1{font-size:clamp(26px,4vw,38px);letter-spacing:-.02em;font-weight:750}
.hero .sub{color:var(--muted);margin:6px 0 0}
.palette-ribbon{display:flex;height:8px;border-radius:99px;overflow:hidden;margin:22px 0 20px;box-shadow:var(--shadow)}
.palette-ribbon span{flex:1 1 0}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:10px}
.total{background:var(--panel);border:1px solid var(--line);border-radius:12px;padding:12px 14px;text-decoration:none;color:inherit;box-shadow:var(--shadow);transition:transform .15s}
.total:hover{transform:translateY(-2px)}
.total b{display:block;font-size:24px;font-weight:700;letter-spacing:-.01em}
.total span{color:var(--muted);font-size:13px}
.theme-toggle{border:1px solid var(--line);background:var(--panel);color:var(--ink);border-radius:99px;padding:7px 14px;font:inherit;font-size:13px;cursor:pointer;white-space:nowrap;box-shadow:var(--shadow)}
.toolbar{position:sticky;top:0;z-index:5;background:color-mix(in srgb,var(--bg) 88%,transparent);backdrop-filter:blur(10px);-webkit-backdrop-filter:blur(10px);border-bottom:1px solid var(--line)}
.toolbar .wrap{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding-top:10px;padding-bottom:10px}
.toolbar input,.toolbar select{font:inherit;font-size:14px;color:var(--ink);background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:8px 11px;min-width:0}
.toolbar input[type=search]{flex:1 1 220px}
.toolbar input[type=number]{width:112px}
.toolbar input:focus,.toolbar select:focus{outline:2px solid var(--accent);outline-offset:1px}
.toolbar .shown{color:var(--muted);font-size:13px;margin-left:auto;white-space:nowrap}
nav.jump{display:flex;gap:6px;overflow-x:auto;padding:14px 0 4px;scrollbar-width:none}
nav.jump a{flex:none;text-decoration:none;color:var(--ink);background:var(--panel);border:1px solid var(--line);border-radius:99px;padding:5px 12px;font-size:13px}
nav.jump a:hover{border-color:var(--accent)}
main{padding:10px 0 60px}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);padding:22px;margin:18px 0;box-shadow:var(--shadow)}
.section-head{margin-bottom:14px}
.section-head h2{font-size:22px;letter-spacing:-.01em}
.section-count{display:inline-block;font-size:12px;font-weight:600;color:var(--muted);background:var(--panel-2);border:1px solid var(--line);border-radius:99px;padding:1px 9px;vertical-align:middle;margin-left:6px}
.lead{color:var(--muted);margin:6px 0 0;max-width:78ch;font-size:14px}
.empty,.muted{color:var(--muted)}
.empty{font-style:italic}
.group{margin-top:26px}
.group h3,.panel h3{font-size:16px;margin-top:18px}
.group>.lead{margin-bottom:12px}
.grid{display:grid;gap:12px}
.swatches{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}
.cards{grid-template-columns:repeat(auto-fill,minmax(250px,1fr))}
.entry{background:var(--panel-2);border:1px solid var(--line);border-radius:12px;overflow:hidden;min-width:0}
.entry-body{padding:10px 12px 12px}
.card{padding:12px}
.entry-head{display:flex;align-items:baseline;justify-content:space-between;gap:8px}
.entry h4{font-size:14.5px;font-weight:650;overflow-wrap:anywhere}
.count{flex:none;font-variant-numeric:tabular-nums;font-size:12px;font-weight:650;color:var(--accent);background:color-mix(in srgb,var(--accent) 12%,transparent);border-radius:99px;padding:1px 8px}
.swatch-chip{height:86px;display:flex;align-items:flex-end;padding:8px 10px}
.swatch .hex{font-size:11.5px;opacity:.85;letter-spacing:.03em}
.depth{display:flex;height:9px;border-radius:99px;overflow:hidden;margin-top:9px;background:var(--line);gap:1px}
.depth span{min-width:2px}
.depth-legend{display:flex;flex-wrap:wrap;gap:2px 10px;margin-top:6px;font-size:11.5px;color:var(--muted)}
.depth-legend i,.primitive-legend i,.legend i{display:inline-block;width:9px;height:9px;border-radius:3px;margin-right:4px;vertical-align:-1px;box-shadow:inset 0 0 0 1px rgb(0 0 0/.12)}
.primitive-legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;color:var(--muted);margin:0 0 14px}
.key{display:block;font-size:11.5px;color:var(--muted);margin-top:4px;overflow-wrap:anywhere}
.facts{display:flex;flex-wrap:wrap;gap:4px;margin-top:8px}
.facts span{font-size:11.5px;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:1px 6px}
.facts b{font-weight:600;color:var(--muted)}
.sources{font-size:11.5px;color:var(--muted);margin-top:8px}
.sound-line{display:flex;align-items:center;gap:10px;margin-top:8px}
.badge{font-size:11.5px;font-weight:650;border-radius:6px;padding:1px 7px;color:#fff;background:var(--badge)}
.meter{flex:1;height:6px;border-radius:99px;background:var(--line);overflow:hidden}
.meter span{display:block;height:100%;background:var(--accent)}
.strip{position:relative;margin:-12px -12px 10px;background:#000 center/100% 100% no-repeat;border-bottom:1px solid var(--line)}
.strip-none{min-height:54px;display:flex;align-items:center;justify-content:center;text-align:center;padding:14px;background:repeating-linear-gradient(135deg,var(--panel-2) 0 8px,var(--panel) 8px 16px);color:var(--muted);font-size:12px}
.play{position:absolute;right:8px;bottom:8px;width:34px;height:34px;border-radius:50%;border:0;background:rgb(255 255 255/.92);color:#111;font-size:13px;cursor:pointer;box-shadow:0 2px 8px rgb(0 0 0/.35)}
.strip-none .play,.play-inline{position:static;margin-left:10px}
.play-inline{margin:0;width:28px;height:28px;font-size:11px;background:var(--accent);color:var(--accent-ink)}
td .error{color:var(--bad);font-size:12px}
.blend{display:flex;align-items:center;gap:8px;margin-top:8px}
.blend-out{width:34px;height:22px;border-radius:6px;box-shadow:inset 0 0 0 1px rgb(0 0 0/.15)}
.blend-eq{color:var(--muted);font-size:12px}
.blend-in{flex:1;display:flex;height:22px;border-radius:6px;overflow:hidden;gap:1px}
.narrative{display:grid;gap:2px}
.narrative-row{display:grid;grid-template-columns:120px 1fr 1fr;gap:12px;align-items:start;padding:10px 0;border-top:1px solid var(--line)}
.narrative-row h3{margin:0;font-size:14px}
.narrative-head{border-top:0;padding-top:0;font-size:12px;font-weight:650;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{display:inline-flex;align-items:center;gap:6px;background:var(--panel-2);border:1px solid var(--line);border-radius:99px;padding:3px 4px 3px 11px;font-size:13px}
.chip b{font-size:11.5px;font-weight:650;color:var(--accent);background:color-mix(in srgb,var(--accent) 12%,transparent);border-radius:99px;padding:0 7px}
.lexicons{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:12px}
.lexicon{background:var(--panel-2);border:1px solid var(--line);border-radius:12px;padding:12px}
.lexicon h3{margin:0 0 6px;font-size:13px;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted)}
.lexicon ul{list-style:none;margin:0;padding:0}
.lexicon li{display:grid;grid-template-columns:minmax(0,1fr) auto minmax(0,1fr) auto auto;gap:8px;align-items:baseline;padding:4px 0;border-top:1px dashed var(--line);font-size:13.5px}
.lexicon li:first-child{border-top:0}
.lexicon .span{font-style:italic;overflow-wrap:anywhere}
.lexicon .arrow{color:var(--muted)}
.lexicon .canonical{font-weight:600;overflow-wrap:anywhere}
.lexicon .kind{font-size:11px;color:var(--muted)}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(110px,1fr));gap:8px;margin-bottom:12px}
.stat{border:1px solid var(--line);border-radius:10px;padding:9px 12px;background:var(--panel-2);border-left:4px solid var(--line)}
.stat-ok{border-left-color:var(--ok)}.stat-warn{border-left-color:var(--warn)}.stat-bad{border-left-color:var(--bad)}
.stat-value{display:block;font-size:20px;font-weight:700;font-variant-numeric:tabular-nums}
.stat-label{font-size:12px;color:var(--muted)}
.ok-line{color:var(--ok);margin:8px 0}
.warn-line{color:var(--warn);margin:8px 0}
.owed{font-size:13px;color:var(--muted)}
.table-wrap{overflow-x:auto;margin-top:8px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 10px;border-top:1px solid var(--line);vertical-align:top}
th{font-size:11.5px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-top:0}
td.prompt{min-width:200px}
td.error{color:var(--bad);min-width:180px;overflow-wrap:anywhere}
.status{font-size:11.5px;font-weight:650;border-radius:6px;padding:1px 7px;background:var(--panel-2);border:1px solid var(--line)}
.status-failed{color:var(--bad)}
.chart-box{background:var(--panel-2);border:1px solid var(--line);border-radius:12px;padding:14px 16px}
.chart-scale,.chart-axis{display:flex;justify-content:space-between;gap:10px;flex-wrap:wrap;font-size:12.5px;color:var(--muted)}
.chart-scale span:first-child{color:var(--ink);font-weight:650}
.growth-chart{display:block;width:100%;height:170px;margin:8px 0}
.growth-chart .bar{fill:color-mix(in srgb,var(--accent) 55%,transparent)}
.growth-chart .total-line{fill:none;stroke:var(--accent);stroke-width:2.5}
.legend i.legend-bar{background:color-mix(in srgb,var(--accent) 55%,transparent)}
.legend i.legend-line{height:3px;width:14px;background:var(--accent);vertical-align:3px;margin-left:8px}
ol.prompts{margin:0;padding-left:22px;columns:2 420px;column-gap:28px}
ol.prompts li{break-inside:avoid;padding:4px 0;font-size:14px}
ol.prompts q{quotes:"\\201C" "\\201D"}
.prompt-meta{display:block;font-size:11.5px;color:var(--muted)}
[hidden]{display:none!important}
.no-match{color:var(--muted);font-style:italic}
dialog.player{border:0;border-radius:14px;padding:0;background:#000;max-width:min(92vw,900px);box-shadow:0 20px 60px rgb(0 0 0/.5)}
dialog.player::backdrop{background:rgb(0 0 0/.6)}
dialog.player video{display:block;width:100%;max-height:80vh}
dialog.player .player-bar{display:flex;justify-content:space-between;align-items:center;gap:10px;padding:8px 12px;color:#eee;font-size:13px;background:#111}
dialog.player button{font:inherit;color:#eee;background:transparent;border:1px solid #444;border-radius:8px;padding:3px 10px;cursor:pointer}
footer{color:var(--muted);font-size:12.5px;text-align:center;padding:10px 0 40px}
@media (max-width:640px){
  .wrap{padding:0 12px}
  .panel{padding:16px;border-radius:12px}
  .hero{padding-top:22px}
  .swatches{grid-template-columns:repeat(auto-fill,minmax(128px,1fr))}
  .cards{grid-template-columns:1fr}
  .narrative-row{grid-template-columns:1fr 1fr}
  .narrative-row h3{grid-column:1/-1}
  .narrative-head span:first-child{display:none}
  .hero h1{font-size:26px}
  .totals{grid-template-columns:repeat(3,1fr);gap:6px}
  .total{padding:8px 10px}
  .total b{font-size:18px}
  .total span{font-size:12px}
  .palette-ribbon{margin:14px 0}
  .toolbar .wrap{gap:6px;padding-top:8px;padding-bottom:8px}
  .toolbar input[type=search]{flex:1 1 100%}
  .toolbar select{flex:1 1 0}
  .toolbar input[type=number]{width:88px}
  .toolbar .shown{display:none}
}
@media print{.toolbar,.theme-toggle,.play{display:none}.panel{box-shadow:none;break-inside:avoid-page}}
`;
