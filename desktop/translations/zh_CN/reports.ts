<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>level-1 headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>level-2 headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>FangSong</source>
        <translation>仿宋</translation>
    </message>
    <message>
        <source>XiaoBiaoSong</source>
        <translation>小标宋</translation>
    </message>
    <message>
        <source>The font file {path} does not exist.</source>
        <translation>字体文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is no Chinese TrueType font that can be embedded (a .ttf or .ttc with Chinese characters; OpenType CFF fonts such as Noto CJK .otf cannot be).</source>
        <translation>{path} 不是可嵌入的中文 TrueType 字体（需要含中文字符的 .ttf 或 .ttc；Noto CJK 等 OpenType CFF 字体 .otf 无法嵌入）。</translation>
    </message>
    <message>
        <source>No font on this computer can print these characters of the data: {chars}. They would print as □; install a font that has them, or print without --strict-fonts.</source>
        <translation>本机没有字体能打印数据中的这些字符：{chars}。它们将打印为□；请安装包含这些字符的字体，或不加 --strict-fonts 打印。</translation>
    </message>
    <message>
        <source>No font on this computer has these characters; they print as □ (a search of the PDF still finds them): {chars}</source>
        <translation>本机没有字体包含以下字符，打印为□（在 PDF 中仍可搜索到）：{chars}</translation>
    </message>
    <message>
        <source>The deadline of {finding} ({deadline}) has already passed.</source>
        <translation>问题 {finding} 的整改期限（{deadline}）已过。</translation>
    </message>
    <message>
        <source>{finding} is already in notice {notice}.</source>
        <translation>问题 {finding} 已列入整改通知书 {notice}。</translation>
    </message>
    <message>
        <source>The responsible party of {finding} is “{party}”, a kind of party, not a name.</source>
        <translation>问题 {finding} 的责任方是“{party}”，只是一类主体，不是具体名称。</translation>
    </message>
    <message>
        <source>Hei</source>
        <translation>黑体</translation>
    </message>
    <message>
        <source>Kai</source>
        <translation>楷体</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found to print with. Install SimSun, SimHei or FangSong (Windows), or fonts-wqy-zenhei (Linux), or choose a .ttf font file in the settings. Looked in: {places}</source>
        <translation>找不到可用于打印的中文 TrueType 字体。请安装宋体、黑体或仿宋（Windows），或 fonts-wqy-zenhei（Linux），或在设置中选择一个 .ttf 字体文件。已查找：{places}</translation>
    </message>
    <message>
        <source>No inspection has the number {ref}.</source>
        <translation>没有编号为 {ref} 的巡查记录。</translation>
    </message>
    <message>
        <source>No finding has the number {ref}.</source>
        <translation>没有编号为 {ref} 的问题。</translation>
    </message>
    <message>
        <source>{compound} has no open findings: there is nothing to put in a notice.</source>
        <translation>{compound}没有未整改的问题，无需下发整改通知书。</translation>
    </message>
    <message>
        <source>No compound lies in a street called “{street}”. Streets: {known}</source>
        <translation>没有小区位于“{street}”。现有街道：{known}</translation>
    </message>
    <message>
        <source>The printout could not be made: {error}</source>
        <translation>无法生成打印文件：{error}</translation>
    </message>
    <message>
        <source>No {wanted} font on this computer; {role}: printed in {used} instead.</source>
        <translation>本机没有{wanted}字体，{role}改用 {used} 打印。</translation>
    </message>
    <message>
        <source>print a document to PDF</source>
        <translation>将文书打印为 PDF</translation>
    </message>
    <message>
        <source>inspection records</source>
        <translation>巡查记录单</translation>
    </message>
    <message>
        <source>inspection numbers (e.g. XC-2026-7F3A-000123) or ids</source>
        <translation>巡查记录编号（如 XC-2026-7F3A-000123）或 ID</translation>
    </message>
    <message>
        <source>rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>finding numbers or ids, all in one notice</source>
        <translation>问题编号或 ID，合并为一份通知书</translation>
    </message>
    <message>
        <source>a notice per responsible party for all open findings of this compound (name or id)</source>
        <translation>为该小区全部未整改问题按责任方各出一份通知书（小区名称或 ID）</translation>
    </message>
    <message>
        <source>the issuing office, printed above the date</source>
        <translation>发文单位，打印在日期上方</translation>
    </message>
    <message>
        <source>issue new notices even with deadlines already past or findings already notified</source>
        <translation>即使整改期限已过或问题已下发过通知书，仍然签发新通知书</translation>
    </message>
    <message>
        <source>the meeting brief</source>
        <translation>工作简报</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: six days before the last)</source>
        <translation>起始日期，YYYY-MM-DD（默认：截止日期前六天）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>截止日期（默认：今天）</translation>
    </message>
    <message>
        <source>a street&apos;s quarterly report</source>
        <translation>街道季度述职报告</translation>
    </message>
    <message>
        <source>the street, e.g. 兰山街道</source>
        <translation>街道名称，如 兰山街道</translation>
    </message>
    <message>
        <source>the quarter, e.g. 2026-Q3 (default: the current one)</source>
        <translation>季度，如 2026-Q3（默认：本季度）</translation>
    </message>
    <message>
        <source>a compound&apos;s file</source>
        <translation>小区档案</translation>
    </message>
    <message>
        <source>the compound&apos;s name or id</source>
        <translation>小区名称或 ID</translation>
    </message>
    <message>
        <source>the issuing agency&apos;s code, office and brief header</source>
        <translation>发文机关代字、发文单位和简报版头</translation>
    </message>
    <message>
        <source>the agency code of notices, e.g. 兰综执改</source>
        <translation>整改通知书的机关代字，如 兰综执改</translation>
    </message>
    <message>
        <source>the issuing office printed on notices</source>
        <translation>通知书上署名的发文单位</translation>
    </message>
    <message>
        <source>the next notice number this year (to follow a paper register)</source>
        <translation>本年度下一个通知书序号（接续纸质登记簿）</translation>
    </message>
    <message>
        <source>the unit that issues the brief</source>
        <translation>简报编印单位</translation>
    </message>
    <message>
        <source>whom the brief is sent to</source>
        <translation>简报报送范围</translation>
    </message>
    <message>
        <source>{code}〔{year}〕{last}号 was already given: numbers never repeat.</source>
        <translation>{code}〔{year}〕{last}号已经使用，文号不能重复。</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要生成的 PDF 文件</translation>
    </message>
    <message>
        <source>the language of the document (default: the interface&apos;s)</source>
        <translation>文书语言（默认：与界面一致）</translation>
    </message>
    <message>
        <source>a TrueType font file to print with</source>
        <translation>打印所用的 TrueType 字体文件</translation>
    </message>
    <message>
        <source>the FangSong font file for the body of notices (e.g. simfang.ttf)</source>
        <translation>通知书正文所用的仿宋字体文件（如 simfang.ttf）</translation>
    </message>
    <message>
        <source>the XiaoBiaoSong font file for the titles of notices (e.g. FZXBSJW.TTF)</source>
        <translation>通知书标题所用的小标宋字体文件（如 FZXBSJW.TTF）</translation>
    </message>
    <message>
        <source>photos beside each finding, full size in an annex, or none</source>
        <translation>照片：在每个问题旁显示缩略图（thumbnails），作为附件全尺寸附后（annex），或不附（none）</translation>
    </message>
    <message>
        <source>refuse to print when the font lacks a character of the data</source>
        <translation>字体缺少数据中的字符时拒绝打印</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>不是有效日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
        <source>not a quarter (YYYY-Qn): {text}</source>
        <translation>不是有效季度（YYYY-Qn）：{text}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>Wrote {file} ({pages} pages).</source>
        <translation>已生成 {file}（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>Name the findings, or give --compound, not both.</source>
        <translation>请指定问题编号或使用 --compound，二者选其一。</translation>
    </message>
    <message>
        <source>One notice is for one compound; these findings are in several.</source>
        <translation>一份通知书只针对一个小区，这些问题分属多个小区。</translation>
    </message>
    <message>
        <source>Nothing was issued. Correct the findings, or add --force to issue all the same.</source>
        <translation>未签发任何通知书。请修改问题，或加 --force 仍然签发。</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Preparing {title} …</source>
        <translation>正在生成{title}……</translation>
    </message>
    <message>
        <source>{problems}

Issue the notices all the same?</source>
        <translation>{problems}

仍然签发这些通知书吗？</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>The PDF was saved as {path}. No program to show PDF files was found on this computer; open it with one you install, or copy it to another computer.</source>
        <translation>PDF 已保存为 {path}。本机找不到可以打开 PDF 文件的程序，请安装 PDF 阅读器后打开，或复制到其他电脑上查看。</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <source>The PDF could not be sent to {printer}; it opens in the viewer so you can print it from there.</source>
        <translation>无法把 PDF 发送到打印机 {printer}，将在阅读器中打开，请从阅读器打印。</translation>
    </message>
    <message>
        <source>Open an inspection first.</source>
        <translation>请先打开一条巡查记录。</translation>
    </message>
    <message>
        <source>Open a compound (or one of its inspections) first.</source>
        <translation>请先打开一个小区（或它的一条巡查记录）。</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>巡查记录单</translation>
    </message>
    <message>
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Compound file</source>
        <translation>小区档案</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>巡查工作简报</translation>
    </message>
    <message>
        <source>Street quarterly report</source>
        <translation>街道季度述职报告</translation>
    </message>
    <message>
        <source>Inspection &amp;record (PDF)</source>
        <translation>巡查记录单(&amp;R)（PDF）</translation>
    </message>
    <message>
        <source>&amp;Print inspection record…</source>
        <translation>打印巡查记录单(&amp;P)…</translation>
    </message>
    <message>
        <source>Rectification &amp;notices of the compound</source>
        <translation>本小区整改通知书(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compound file</source>
        <translation>小区档案(&amp;C)</translation>
    </message>
    <message>
        <source>Meeting &amp;brief…</source>
        <translation>巡查工作简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Street quarterly report…</source>
        <translation>街道季度述职报告(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Meeting brief</source>
        <translation>巡查工作简报</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>StreetQuarterDialog</name>
    <message>
        <source>Street quarterly report</source>
        <translation>街道季度述职报告</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Data as of {time} · Device {device}</source>
        <translation>数据截至 {time} · 设备：{device}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <source>(photo {sha} is missing from the store)</source>
        <translation>（照片 {sha} 在数据库中缺失）</translation>
    </message>
    <message>
        <source>{day} {month_name} {year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>{n}. {text}</source>
        <translation>{cn}、{text}</translation>
    </message>
    <message>
        <source>({n}) {text}</source>
        <translation>（{cn}）{text}</translation>
    </message>
    <message>
        <source>Inspection work brief</source>
        <translation>巡查工作简报</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>巡查次数</translation>
    </message>
    <message>
        <source>findings raised</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>findings closed</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <source>closure rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>findings open now</source>
        <translation>尚未整改</translation>
    </message>
    <message>
        <source>findings overdue</source>
        <translation>逾期未改</translation>
    </message>
    <message>
        <source>hotline complaints</source>
        <translation>12345热线投诉</translation>
    </message>
    <message>
        <source>complaints year on year</source>
        <translation>投诉同比</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Appendix: full lists</source>
        <translation>附件：详细情况</translation>
    </message>
    <message>
        <source>No. {serial}, {year}</source>
        <translation>{year}年第{serial}期</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>情况摘要</translation>
    </message>
    <message>
        <source>Highest closure rate: {best}; lowest: {worst} ({count} streets ranked).</source>
        <translation>整改率最高：{best}；最低：{worst}（共{count}个街道参与排名）。</translation>
    </message>
    <message>
        <source>Overdue {days} days: {compound}, {problem} ({number})</source>
        <translation>逾期{days}天：{compound}，{problem}（{number}）</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>报送：{to}</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡查次数</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>分县区情况</translation>
    </message>
    <message>
        <source>District</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Streets ranked by closure rate</source>
        <translation>街道整改率排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Compounds ranked by overdue and open findings</source>
        <translation>小区问题排名（按逾期、未整改数）</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Findings raised by checklist</source>
        <translation>各类检查发现问题数</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>无检查表</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Findings closed</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue findings on {date} ({count})</source>
        <translation>截至{date}逾期未整改问题（{count}个）</translation>
    </message>
    <message>
        <source>No finding is overdue.</source>
        <translation>没有逾期问题。</translation>
    </message>
    <message>
        <source>The {listed} longest overdue are listed; {rest} more are in the compound files.</source>
        <translation>以上列出逾期时间最长的{listed}个问题，其余{rest}个见各小区档案。</translation>
    </message>
    <message>
        <source>12345 hotline complaints</source>
        <translation>12345热线投诉</translation>
    </message>
    <message>
        <source>Compounds with the most complaints</source>
        <translation>投诉最多的小区</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>entity-type</source>
        <translation>实体型</translation>
    </message>
    <message>
        <source>functional</source>
        <translation>功能型</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>本机录入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>edited in a spreadsheet</source>
        <translation>表格中修改</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>冲突处理</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Compound file: {name}</source>
        <translation>一小区一档：{name}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>{district} {street} {community}, {address}</source>
        <translation>{district}{street}{community}，{address}</translation>
    </message>
    <message>
        <source>Campaign state: {state}</source>
        <translation>整治状态：{state}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Records from {start} to {end}</source>
        <translation>记录时间：{start}至{end}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Full-time party secretary</source>
        <translation>专职党支部书记</translation>
    </message>
    <message>
        <source>Campaign state</source>
        <translation>整治状态</translation>
    </message>
    <message>
        <source>{inspections} inspections; {raised} findings raised, {closed} closed, {open} open, {overdue} overdue.</source>
        <translation>共巡查{inspections}次；发现问题{raised}个，已销号{closed}个，未整改{open}个，逾期{overdue}个。</translation>
    </message>
    <message>
        <source>The compound</source>
        <translation>小区基本情况</translation>
    </message>
    <message>
        <source>Inspections ({count})</source>
        <translation>巡查记录（{count}次）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Findings and rectification ({count})</source>
        <translation>问题与整改（{count}个）</translation>
    </message>
    <message>
        <source>Rows shaded red are overdue.</source>
        <translation>红色底纹的行为逾期未整改问题。</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Record restored</source>
        <translation>恢复记录</translation>
    </message>
    <message>
        <source>No visible change</source>
        <translation>无可见变化</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Annex: photos</source>
        <translation>附件：照片</translation>
    </message>
    <message>
        <source>Finding {number}</source>
        <translation>问题{number}</translation>
    </message>
    <message>
        <source>Rectification notices issued</source>
        <translation>已下发整改通知书</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Inspections and findings by month</source>
        <translation>每月巡查与问题数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Changes to the compound&apos;s record</source>
        <translation>小区信息变更记录</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已纳入整治</translation>
    </message>
    <message>
        <source>under rectification</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>mid-term accepted</source>
        <translation>中期验收通过</translation>
    </message>
    <message>
        <source>observation period</source>
        <translation>观察期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>relapsed</source>
        <translation>反弹</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>major</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>draft (not final)</source>
        <translation>草稿（未定稿）</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>awaiting re-inspection</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>巡查记录单</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>现场照片（{count}张）</translation>
    </message>
    <message>
        <source>District / street</source>
        <translation>县区/街道</translation>
    </message>
    <message>
        <source>Place inspected</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Non-compliant items</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity · department</source>
        <translation>严重程度 · 责任部门</translation>
    </message>
    <message>
        <source>Findings raised ({count})</source>
        <translation>发现问题（{count}个）</translation>
    </message>
    <message>
        <source>Inspector (signature):</source>
        <translation>检查人员（签名）：</translation>
    </message>
    <message>
        <source>Inspected party (signature):</source>
        <translation>被检查单位/当事人（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>On receiving this notice, rectify the problems above by the deadlines and report the rectification to us in writing. Problems not rectified in time, or not properly, will be dealt with according to the law.</source>
        <translation>请接到本通知后，按期对上述问题进行整改，并将整改情况书面报告我单位。逾期不整改或整改不到位的，将依法依规处理。</translation>
    </message>
    <message>
        <source>Contact: {officer}    Telephone: ____________</source>
        <translation>联系人：{officer}&#x3000;&#x3000;联系电话：____________</translation>
    </message>
    <message>
        <source>____________ (seal)</source>
        <translation>____________（盖章）</translation>
    </message>
    <message>
        <source>Received by (signature): __________    Date: __________</source>
        <translation>签收人（签名）：__________&#x3000;&#x3000;签收日期：__________</translation>
    </message>
    <message>
        <source>On {date} our officers inspected {place} and found the following problems, which you are required to rectify:</source>
        <translation>{date}，我单位执法人员对{place}进行检查，发现存在以下问题，现责令你（单位）限期整改：</translation>
    </message>
    <message>
        <source>Our officers found the following problems at {place}, which you are required to rectify:</source>
        <translation>我单位执法人员在{place}发现存在以下问题，现责令你（单位）限期整改：</translation>
    </message>
    <message>
        <source>Regulation breached</source>
        <translation>违反规定</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Rectify by {date}.</source>
        <translation>请于{date}前整改完毕。</translation>
    </message>
    <message>
        <source>Department responsible</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Finding number: {number}</source>
        <translation>问题编号：{number}</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Earliest deadline</source>
        <translation>最早整改期限</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发单位</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>送达人</translation>
    </message>
    <message>
        <source>Received by and date</source>
        <translation>签收人及日期</translation>
    </message>
    <message>
        <source>Rectification notice (stub for the file)</source>
        <translation>整改通知书（存根）</translation>
    </message>
    <message>
        <source>Quarterly report of {street}</source>
        <translation>{street}季度述职报告</translation>
    </message>
    <message>
        <source>compounds</source>
        <translation>小区数</translation>
    </message>
    <message>
        <source>{street} raised no findings in the period, so it is not ranked by closure rate ({count} streets are).</source>
        <translation>{street}本期未发现问题，不参与整改率排名（共{count}个街道参与排名）。</translation>
    </message>
    <message>
        <source>By closure rate {street} ranks {rank} of {count} streets.</source>
        <translation>按整改率，{street}在{count}个街道中排第{rank}位。</translation>
    </message>
    <message>
        <source>By hotline complaints it ranks {rank} of {count} (most complaints first).</source>
        <translation>按12345热线投诉量，在{count}个街道中排第{rank}位（投诉多者在前）。</translation>
    </message>
    <message>
        <source>Rank among the streets</source>
        <translation>在各街道中的排名</translation>
    </message>
    <message>
        <source>Hotline complaints by month, against a year before</source>
        <translation>每月热线投诉量与去年同期对比</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
</context>
</TS>
