<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>XunCha</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>XunCha is already open</source>
        <translation>巡查已经打开</translation>
    </message>
    <message>
        <source>XunCha cannot open its store</source>
        <translation>巡查无法打开数据库</translation>
    </message>
    <message>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <source>No font for Chinese characters was found on this computer, so Chinese text may show as empty boxes. On Debian or Ubuntu install fonts-noto-cjk (for example with tools/system-packages.sh); Windows has such fonts already.</source>
        <translation>本机没有找到中文字体，中文可能显示为空白方框。Debian 或 Ubuntu 请安装 fonts-noto-cjk（例如运行 tools/system-packages.sh）；Windows 自带中文字体。</translation>
    </message>
    <message>
        <source>Spreadsheets are not protected</source>
        <translation>表格导入未受保护</translation>
    </message>
    <message>
        <source>The defusedxml package is missing, so a malicious spreadsheet could exhaust the memory of this computer when imported. Reinstall XunCha to restore the protection; until then import only spreadsheets from people you trust.</source>
        <translation>缺少 defusedxml 组件，导入恶意表格时可能耗尽本机内存。请重新安装巡查以恢复保护；在此之前只导入可信来源的表格。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting re-inspection</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>To be determined (待查明)</source>
        <translation>待查明</translation>
    </message>
</context>
<context>
    <name>CompoundDialog</name>
    <message>
        <source>Add a compound</source>
        <translation>新增小区</translation>
    </message>
    <message>
        <source>e.g. 香榭丽</source>
        <translation>例如：香榭丽</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
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
        <source>&amp;Name:</source>
        <translation>小区名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>县区(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>街道(&amp;T)：</translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation>社区(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Property company:</source>
        <translation>物业公司(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>Party &amp;branch:</source>
        <translation>党支部类型(&amp;B)：</translation>
    </message>
    <message>
        <source>A compound needs a name.</source>
        <translation>请填写小区名称。</translation>
    </message>
    <message>
        <source>{name} is already in the store ({street}).</source>
        <translation>{name}已在库中（{street}）。</translation>
    </message>
</context>
<context>
    <name>CompoundPage</name>
    <message>
        <source>&amp;New inspection here</source>
        <translation>在此小区新建检查(&amp;N)</translation>
    </message>
    <message>
        <source>Re-inspec&amp;t open findings…</source>
        <translation>复查未整改问题(&amp;T)…</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Property company:</source>
        <translation>物业公司：</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>户数：</translation>
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
        <source>Party branch:</source>
        <translation>党组织：</translation>
    </message>
    <message>
        <source>Re-inspections ({count})</source>
        <translation>复查记录（{count}）</translation>
    </message>
    <message>
        <source>Open findings ({count})</source>
        <translation>未整改问题（{count}）</translation>
    </message>
    <message>
        <source>Inspections ({count})</source>
        <translation>检查记录（{count}）</translation>
    </message>
</context>
<context>
    <name>CompoundsModel</name>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最近检查</translation>
    </message>
</context>
<context>
    <name>CompoundsView</name>
    <message>
        <source>Search by name, district or street (Ctrl+F)</source>
        <translation>按名称、县区或街道搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Compounds: {count}</source>
        <translation>共 {count} 个小区</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>XunCha met an error</source>
        <translation>巡查遇到错误</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Quit XunCha</source>
        <translation>退出巡查</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>XunCha met an unexpected error ({error}). It is a fault in XunCha, not in what you did.</source>
        <translation>巡查遇到意外错误（{error}）。这是巡查软件自身的问题，不是您的操作造成的。</translation>
    </message>
    <message>
        <source>A report was written to {path}. Please send it to whoever looks after XunCha for you.</source>
        <translation>错误报告已写入 {path}。请把它发给为您维护巡查的人员。</translation>
    </message>
    <message>
        <source>The report could not be written to {folder}: {problem}</source>
        <translation>错误报告无法写入 {folder}：{problem}</translation>
    </message>
    <message>
        <source>You can continue; if the error comes back, quit and start XunCha again.</source>
        <translation>您可以继续使用；如果错误再次出现，请退出并重新启动巡查。</translation>
    </message>
    <message>
        <source>XunCha cannot go on and will close.</source>
        <translation>巡查无法继续运行，将会关闭。</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished inspections</source>
        <translation>未完成的检查</translation>
    </message>
    <message>
        <source>These inspections were not finalised. Resume them?</source>
        <translation>以下检查尚未定稿，是否继续填写？</translation>
    </message>
    <message>
        <source>{number} · {compound} · {checklist} · {when}</source>
        <translation>{number} · {compound} · {checklist} · {when}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>FileImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Try (write nothing)</source>
        <translation>试导入（不写入）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>FilesImportDialog</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Workbooks to import</source>
        <translation>要导入的表格</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>表格 (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
</context>
<context>
    <name>FinaliseSummary</name>
    <message>
        <source>Before finalising</source>
        <translation>定稿前核对</translation>
    </message>
    <message>
        <source>Failed items: {failed} · findings raised: {findings} · photos: {photos} · required answers missing or invalid: {problems}</source>
        <translation>不符合项：{failed} · 已登记问题：{findings} · 照片：{photos} · 缺少或无效的必答项：{problems}</translation>
    </message>
    <message>
        <source>Double-click an item to go back to it in the form.</source>
        <translation>双击某项可返回表单中的该项。</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>返回表单(&amp;B)</translation>
    </message>
    <message>
        <source>Needs an answer before finalising</source>
        <translation>定稿前须作答</translation>
    </message>
    <message>
        <source>Failed, no finding recorded</source>
        <translation>不符合，尚未登记问题</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>已登记的问题</translation>
    </message>
    <message>
        <source>Not answered (optional)</source>
        <translation>未作答（选答）</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>Finding {number}</source>
        <translation>问题 {number}</translation>
    </message>
    <message>
        <source>e.g. the property company, owner of 3-2-501</source>
        <translation>如：物业公司、3-2-501 业主</translation>
    </message>
    <message>
        <source>Not yet &amp;known (待查明)</source>
        <translation>待查明(&amp;K)</translation>
    </message>
    <message>
        <source>Si&amp;gn on site…</source>
        <translation>现场签名(&amp;G)…</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>问题描述(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Responsible party:</source>
        <translation>责任主体(&amp;R)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>责任部门(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Action required:</source>
        <translation>整改要求(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Re-inspected:</source>
        <translation>复查情况：</translation>
    </message>
    <message>
        <source>rectified, closed</source>
        <translation>已整改，已销号</translation>
    </message>
    <message>
        <source>not rectified, kept open until {date}</source>
        <translation>未整改，延期至 {date}</translation>
    </message>
    <message>
        <source>{number}, {date}: {found}</source>
        <translation>{number}，{date}：{found}</translation>
    </message>
    <message>
        <source>{party}, signed {when}</source>
        <translation>{party}，签于 {when}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Manual:</source>
        <translation>履职手册：</translation>
    </message>
    <message>
        <source>Describe the finding.</source>
        <translation>请填写问题描述。</translation>
    </message>
    <message>
        <source>Name the responsible party, or tick “Not yet known” if it is still to be found out.</source>
        <translation>请填写责任主体；尚不清楚的，勾选“待查明”。</translation>
    </message>
    <message>
        <source>Photos are still being added; try again in a moment.</source>
        <translation>照片仍在添加中，请稍后再试。</translation>
    </message>
    <message>
        <source>A finding cannot go from {old} to {new}.</source>
        <translation>问题不能从“{old}”改为“{new}”。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting re-inspection</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}，已逾期</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Closed findings</source>
        <translation>已销号问题</translation>
    </message>
    <message>
        <source>Number, compound, description, party… (Ctrl+F)</source>
        <translation>编号、小区、问题、责任主体…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Findings: {count}</source>
        <translation>共 {count} 个问题</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>This store has no compounds yet.</source>
        <translation>库中还没有小区。</translation>
    </message>
    <message>
        <source>Start with the workbook your supervisor sent (the package with your compounds, their open findings and the checklists), or the compound register in Excel, or add a compound by hand.</source>
        <translation>可以先导入督导组下发的工作簿（含您负责的小区、未整改问题和检查表），或导入 Excel 小区台账，也可以手工新增小区。</translation>
    </message>
    <message>
        <source>Import the supervisor&apos;s &amp;package…</source>
        <translation>导入督导组下发包(&amp;P)…</translation>
    </message>
    <message>
        <source>Import the compound re&amp;gister…</source>
        <translation>导入小区台账(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Add a compound by hand…</source>
        <translation>手工新增小区(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to XunCha</source>
        <translation>欢迎使用巡查</translation>
    </message>
    <message>
        <source>Before the first inspection, tell XunCha who works on this laptop. The names appear on inspection records and notices, and tell the supervisor whose spreadsheet is whose.</source>
        <translation>第一次检查之前，请填写使用这台电脑的人员。姓名会出现在检查记录和整改通知书上，督导组汇总表格时也靠它区分来源。</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>如：张伟</translation>
    </message>
    <message>
        <source>e.g. 城管执法一中队 laptop 3</source>
        <translation>如：城管执法一中队 3 号笔记本</translation>
    </message>
    <message>
        <source>&amp;Officer&apos;s name:</source>
        <translation>执法队员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>设备名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>两个名称都需要填写。</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <source>Where in the compound: building, unit, yard</source>
        <translation>检查位置：楼栋、单元、院落</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>下一未答项(&amp;U)</translation>
    </message>
    <message>
        <source>F3 or Ctrl+J</source>
        <translation>F3 或 Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{number} · {state} · officer {officer} · started {start}</source>
        <translation>{number} · {state} · 执法队员 {officer} · 开始于 {start}</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translation>定稿(&amp;N)…</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>修改(&amp;A)…</translation>
    </message>
    <message>
        <source>Final: locked. Use Change… to amend with a reason.</source>
        <translation>已定稿并锁定。如需更正，请点击“修改…”并说明理由。</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>得分：{score}</translation>
    </message>
    <message>
        <source>Changed; save to record the amendment.</source>
        <translation>已修改，保存后记录本次更正。</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>有未保存的修改…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>草稿已于 {time} 保存</translation>
    </message>
    <message>
        <source>Photos are still being added; try again in a moment.</source>
        <translation>照片仍在添加中，请稍后再试。</translation>
    </message>
    <message>
        <source>Finalised.</source>
        <translation>已定稿。</translation>
    </message>
    <message>
        <source>Answers needing attention before finalising: {count}</source>
        <translation>定稿前还有 {count} 项需要处理</translation>
    </message>
    <message>
        <source>Change a final inspection</source>
        <translation>修改已定稿的检查</translation>
    </message>
    <message>
        <source>Why does this final inspection change? The reason is kept in its history.</source>
        <translation>为什么要修改这份已定稿的检查？理由将记入修改历史。</translation>
    </message>
    <message>
        <source>Amending: {reason}</source>
        <translation>正在更正：{reason}</translation>
    </message>
    <message>
        <source>Final: to add a finding, use Change… and give a reason.</source>
        <translation>已定稿：要补登问题，请点“修改…”并说明理由。</translation>
    </message>
    <message>
        <source>Save the amendment before closing?</source>
        <translation>关闭前保存本次更正吗？</translation>
    </message>
</context>
<context>
    <name>InspectionFilterBar</name>
    <message>
        <source>All checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部队员</translation>
    </message>
    <message>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>Number, compound, officer, place… (Ctrl+F)</source>
        <translation>编号、小区、队员、位置…（Ctrl+F）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <source>Jump to end</source>
        <translation>跳到末尾</translation>
    </message>
    <message>
        <source>Inspections: {count}</source>
        <translation>共 {count} 次检查</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>XunCha — inspections of residential compounds</source>
        <translation>巡查 — 住宅小区检查</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>问题(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>集中整治(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About XunCha</source>
        <translation>关于巡查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered item</source>
        <translation>下一未答项(&amp;U)</translation>
    </message>
    <message>
        <source>Attach a &amp;photo to the item…</source>
        <translation>为当前项添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Fin&amp;alise…</source>
        <translation>定稿(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;lete draft…</source>
        <translation>删除草稿(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+N  new inspection
Ctrl+S  save
Ctrl+F  find
F3 or Ctrl+J  next unanswered item
Tab / Shift+Tab  next / previous field
Arrow keys  choose among answers
Delete  clear the chosen answer
Ctrl+Shift+A  attach a photo to the item
Down or Enter in a search  go to the list
Ctrl+W  close the tab
Enter  open the selected row</source>
        <translation>Ctrl+N  新建检查
Ctrl+S  保存
Ctrl+F  查找
F3 或 Ctrl+J  下一个未答项
Tab / Shift+Tab  下一个 / 上一个输入项
方向键  在选项之间选择答案
Delete  清除所选答案
Ctrl+Shift+A  为当前项添加照片
在搜索框中按 ↓ 或 Enter  转到列表
Ctrl+W  关闭标签页
Enter  打开所选行</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Unfinished &amp;drafts…</source>
        <translation>未完成的草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>All &amp;inspections</source>
        <translation>全部检查(&amp;I)</translation>
    </message>
    <message>
        <source>New c&amp;ompound…</source>
        <translation>新增小区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;All findings</source>
        <translation>全部问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Re-inspect the current compound…</source>
        <translation>复查当前小区(&amp;R)…</translation>
    </message>
    <message>
        <source>Officer: {officer} · device: {device} · {path}</source>
        <translation>执法队员：{officer} · 设备：{device} · {path}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft {number}? Its answers are lost; the deletion travels with the next sync.</source>
        <translation>删除草稿 {number} 吗？填写的内容将丢失，删除操作会随下次同步传递。</translation>
    </message>
    <message>
        <source>Put the cursor on an item of an open inspection first.</source>
        <translation>请先把光标放在已打开检查的某一项上。</translation>
    </message>
    <message>
        <source>Open a compound first, then re-inspect its findings.</source>
        <translation>请先打开一个小区，再复查它的问题。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;XunCha (巡查) {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline inspections of residential compounds, findings and re-inspections, for urban enforcement officers.&lt;/p&gt;&lt;p&gt;Store: {path}&lt;br&gt;Schema: {schema}&lt;br&gt;Device: {device}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;巡查 XunCha {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;小区离线巡查、问题登记与整改复查工具，供城市执法队员使用。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;br&gt;数据结构版本：{schema}&lt;br&gt;设备编号：{device}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About XunCha</source>
        <translation>关于巡查</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <source>mapping remembered from an earlier import</source>
        <translation>列对应沿用上次导入的设置</translation>
    </message>
    <message>
        <source>mapping guessed from the headers, check it</source>
        <translation>列对应按表头推测，请核对</translation>
    </message>
    <message>
        <source>{name}: sheet {sheet}, header in row {row}, {rows} rows below; {how}.</source>
        <translation>{name}：工作表 {sheet}，表头在第 {row} 行，其下 {rows} 行；{how}。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（本文件没有）</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Search compounds by name, district or street</source>
        <translation>按名称、县区或街道搜索小区</translation>
    </message>
    <message>
        <source>Building, unit, yard (optional)</source>
        <translation>楼栋、单元、院落（可不填）</translation>
    </message>
    <message>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>检查表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Choose a compound.</source>
        <translation>请选择小区。</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation>请选择检查表。</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未答</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不符合</translation>
    </message>
</context>
<context>
    <name>ReinspectionDialog</name>
    <message>
        <source>Re-inspection: {compound}</source>
        <translation>复查：{compound}</translation>
    </message>
    <message>
        <source>&amp;Rectified: close the finding</source>
        <translation>已整改：销号(&amp;R)</translation>
    </message>
    <message>
        <source>Not &amp;checked this time</source>
        <translation>本次未复查(&amp;C)</translation>
    </message>
    <message>
        <source>Not rectified: &amp;keep open with a new deadline</source>
        <translation>未整改：延期，重新设定期限(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish re-inspection</source>
        <translation>完成复查(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Photos then:</source>
        <translation>当时照片：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>新整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Photos &amp;after:</source>
        <translation>整改后照片(&amp;A)：</translation>
    </message>
    <message>
        <source>This compound has no open findings.</source>
        <translation>该小区没有未整改的问题。</translation>
    </message>
    <message>
        <source>Finding {n} of {total}: {number}</source>
        <translation>第 {n} 个问题，共 {total} 个：{number}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>{description}
Severity: {severity} · responsible: {party} · deadline: {deadline}{overdue}
Action: {action}</source>
        <translation>{description}
严重程度：{severity} · 责任主体：{party} · 整改期限：{deadline}{overdue}
整改要求：{action}</translation>
    </message>
    <message>
        <source>Photos are still being added; try again in a moment.</source>
        <translation>照片仍在添加中，请稍后再试。</translation>
    </message>
    <message>
        <source>Choose an outcome for at least one finding.</source>
        <translation>请至少为一个问题选择复查结果。</translation>
    </message>
    <message>
        <source>A finding closed as rectified needs at least one photo of the result.</source>
        <translation>问题销号需要至少一张整改后的照片。</translation>
    </message>
</context>
<context>
    <name>ReinspectionView</name>
    <message>
        <source>Re-inspection {number}</source>
        <translation>复查 {number}</translation>
    </message>
    <message>
        <source>Re-inspection of {compound}</source>
        <translation>{compound} 复查记录</translation>
    </message>
    <message>
        <source>{number} · officer {officer} · {when}</source>
        <translation>{number} · 复查人 {officer} · {when}</translation>
    </message>
    <message>
        <source>Findings checked: {checked} · closed: {closed} · kept open: {kept}</source>
        <translation>复查问题：{checked} · 已销号：{closed} · 延期：{kept}</translation>
    </message>
    <message>
        <source>Rectified: closed</source>
        <translation>已整改：销号</translation>
    </message>
    <message>
        <source>Not rectified: kept open until {date}</source>
        <translation>未整改：延期至 {date}</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>Responsible party:</source>
        <translation>责任主体：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Photos after:</source>
        <translation>整改后照片：</translation>
    </message>
</context>
<context>
    <name>ReinspectionsModel</name>
    <message>
        <source>Number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Re-inspected</source>
        <translation>复查时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Findings checked</source>
        <translation>复查问题数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Kept open</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>used when an item names no department</source>
        <translation>检查项未指定部门时使用</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>新的数据文件夹在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Officer&apos;s name:</source>
        <translation>执法队员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>设备名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Default de&amp;partment:</source>
        <translation>默认责任部门(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>数据文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the responsible party</source>
        <translation>责任主体签名</translation>
    </message>
    <message>
        <source>{party}: sign in the box with the mouse, a pen or a finger.</source>
        <translation>{party}：请用鼠标、手写笔或手指在框内签名。</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
</TS>
