<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>the problem ledger: every problem, its lead department and its closing</source>
        <translation>问题台账：每个问题、牵头部门及销号</translation>
    </message>
    <message>
        <source>list problems</source>
        <translation>列出问题</translation>
    </message>
    <message>
        <source>one problem and its proof</source>
        <translation>一个问题及其销号凭证</translation>
    </message>
    <message>
        <source>how many problems were solved (closed) in a period and area</source>
        <translation>一段时间、一个范围内解决（销号）的问题数</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the ledger as a workbook</source>
        <translation>导出问题台账工作簿</translation>
    </message>
    <message>
        <source>text in the number, description, party or compound</source>
        <translation>编号、问题描述、责任主体或小区中的文字</translation>
    </message>
    <message>
        <source>raise a problem (at a review, by a helper, or otherwise)</source>
        <translation>登记问题（述职评议、帮带走访或其他来源）</translation>
    </message>
    <message>
        <source>the review, or the visit&apos;s id</source>
        <translation>评议名称，或走访编号</translation>
    </message>
    <message>
        <source>the manual item (default: by the text)</source>
        <translation>手册事项（默认按问题文字对应）</translation>
    </message>
    <message>
        <source>the responsible party</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: the manual&apos;s time limit)</source>
        <translation>YYYY-MM-DD（默认按手册办理时限）</translation>
    </message>
    <message>
        <source>turn 12345 work orders into problems</source>
        <translation>把 12345 工单转为台账问题</translation>
    </message>
    <message>
        <source>every work order of a compound</source>
        <translation>一个小区的全部工单</translation>
    </message>
    <message>
        <source>only those of a month, YYYY-MM</source>
        <translation>只转某月的工单，YYYY-MM</translation>
    </message>
    <message>
        <source>close (销号) a problem with the proof</source>
        <translation>凭整改证明销号</translation>
    </message>
    <message>
        <source>a photo after rectification (repeat for more)</source>
        <translation>整改后照片（可多次指定）</translation>
    </message>
    <message>
        <source>close without a photo (say why in --note)</source>
        <translation>无照片销号（在 --note 中说明原因）</translation>
    </message>
    <message>
        <source>open a problem again</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <source>withdraw a problem</source>
        <translation>撤销问题</translation>
    </message>
    <message>
        <source>No problems match.</source>
        <translation>没有符合条件的问题。</translation>
    </message>
    <message>
        <source>Manual item: {item}</source>
        <translation>手册事项：{item}</translation>
    </message>
    <message>
        <source>Lead: {lead}; supporting: {supporting}</source>
        <translation>牵头：{lead}；配合：{supporting}</translation>
    </message>
    <message>
        <source>Deadline {deadline}, {state}</source>
        <translation>整改期限 {deadline}，{state}</translation>
    </message>
    <message>
        <source>Closed on {day} by {who}; {count} photos after rectification.</source>
        <translation>{day} 由 {who} 核验销号；整改后照片 {count} 张。</translation>
    </message>
    <message>
        <source>{number}: raised for {compound}; lead {lead}, deadline {deadline}.</source>
        <translation>{number}：已为 {compound} 登记；牵头部门 {lead}，整改期限 {deadline}。</translation>
    </message>
    <message>
        <source>Name work orders, or a compound with --compound.</source>
        <translation>请给出工单编号，或用 --compound 指定小区。</translation>
    </message>
    <message>
        <source>{created} problems raised; {already} already in the ledger; {unmatched} without a compound; {unknown} unknown.</source>
        <translation>登记问题 {created} 条；{already} 条已在台账中；{unmatched} 条未对应小区；{unknown} 条工单不存在。</translation>
    </message>
    <message>
        <source>{number} closed (销号), verified by {who}.</source>
        <translation>{number} 已销号，核验人 {who}。</translation>
    </message>
    <message>
        <source>{number} is open again.</source>
        <translation>{number} 已重新打开。</translation>
    </message>
    <message>
        <source>{number} withdrawn.</source>
        <translation>{number} 已撤销。</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} problems).</source>
        <translation>已写入 {file}（问题 {count} 条）。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Problem &amp;ledger</source>
        <translation>问题台账(&amp;L)</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>12345 work order</source>
        <translation>12345 工单</translation>
    </message>
    <message>
        <source>street review</source>
        <translation>述职评议</translation>
    </message>
    <message>
        <source>helper&apos;s visit</source>
        <translation>帮带走访</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>to rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>awaiting re-inspection</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>closed (销号)</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>problem state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <source>photos after rectification</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>responsible party</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>销号说明</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Problems solved (closed) in {area}, {period}: {total}</source>
        <translation>{area}解决（销号）问题（{period}）：{total} 个</translation>
    </message>
    <message>
        <source>  by source: {parts}</source>
        <translation>  按来源：{parts}</translation>
    </message>
    <message>
        <source>  by category: {parts}</source>
        <translation>  按分类：{parts}</translation>
    </message>
    <message>
        <source>  by lead department: {parts}</source>
        <translation>  按牵头部门：{parts}</translation>
    </message>
    <message>
        <source>  still open now: {pending}, of which overdue: {overdue}</source>
        <translation>  目前未销号 {pending} 个，其中超期 {overdue} 个</translation>
    </message>
    <message>
        <source>{field}: a value is required</source>
        <translation>{field}：必须填写</translation>
    </message>
    <message>
        <source>“{value}” is not a source of problems</source>
        <translation>“{value}”不是问题来源</translation>
    </message>
    <message>
        <source>“{value}” is not a state of the ledger</source>
        <translation>“{value}”不是台账状态</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date like 2026-11-27</source>
        <translation>{field}：“{value}”不是 2026-11-27 这样的日期</translation>
    </message>
    <message>
        <source>{field}: the text is too long</source>
        <translation>{field}：文字过长</translation>
    </message>
    <message>
        <source>A problem cannot go {value}.</source>
        <translation>问题不能 {value}。</translation>
    </message>
    <message>
        <source>Closing (销号) needs at least one photo after rectification.</source>
        <translation>销号至少需要一张整改后照片。</translation>
    </message>
    <message>
        <source>Photos are still being added; try again in a moment.</source>
        <translation>照片还在添加中，请稍后再试。</translation>
    </message>
    <message>
        <source>{value} is a finding of an inspection: close it by re-inspecting it.</source>
        <translation>{value} 是巡查发现的问题，请通过复查销号。</translation>
    </message>
    <message>
        <source>No problem in the ledger has the number “{ref}”.</source>
        <translation>台账中没有编号为“{ref}”的问题。</translation>
    </message>
    <message>
        <source>The work order {number} is not matched to a compound yet; confirm its compound first.</source>
        <translation>工单 {number} 还没有对应到小区，请先确认其小区。</translation>
    </message>
    <message>
        <source>No work order has the number {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close {number} (销号)</source>
        <translation>销号 {number}</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>核验人(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Photos after:</source>
        <translation>整改后照片：</translation>
    </message>
</context>
<context>
    <name>CompoundLedgerBox</name>
    <message>
        <source>Open its ledger</source>
        <translation>查看其问题台账</translation>
    </message>
    <message>
        <source>Raise a problem…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未明确</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>{pending} not closed ({overdue} overdue), {closed} closed.</source>
        <translation>未销号 {pending} 个（超期 {overdue} 个），已销号 {closed} 个。</translation>
    </message>
    <message>
        <source>Lead departments of the open ones: {leads}</source>
        <translation>未销号问题的牵头部门：{leads}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Manual item</source>
        <translation>手册事项</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
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
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核验人</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Find in number, problem, party, compound</source>
        <translation>在编号、问题、责任主体、小区中查找</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>closed from</source>
        <translation>销号日期从</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
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
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;New problem…</source>
        <translation>登记问题(&amp;N)…</translation>
    </message>
    <message>
        <source>From &amp;work orders…</source>
        <translation>由工单转入(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close (销号)…</source>
        <translation>销号(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw…</source>
        <translation>撤销(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook…</source>
        <translation>导出工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print (PDF)…</source>
        <translation>打印（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>{shown} problems listed · </source>
        <translation>列出问题 {shown} 个 · </translation>
    </message>
    <message>
        <source>Closed on {day}, verified by {who}.</source>
        <translation>{day} 销号，核验人 {who}。</translation>
    </message>
    <message>
        <source>Withdraw {number}</source>
        <translation>撤销 {number}</translation>
    </message>
    <message>
        <source>Why is it withdrawn?</source>
        <translation>撤销原因：</translation>
    </message>
    <message>
        <source>Say why the problem is withdrawn.</source>
        <translation>请说明撤销原因。</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出问题台账</translation>
    </message>
    <message>
        <source>Problem ledger.xlsx</source>
        <translation>问题台账.xlsx</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem {number}</source>
        <translation>问题 {number}</translation>
    </message>
    <message>
        <source>Raise a problem</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Route by the description</source>
        <translation>按问题描述对应手册</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>来源编号：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题(&amp;P)：</translation>
    </message>
    <message>
        <source>Manual item:</source>
        <translation>手册事项：</translation>
    </message>
    <message>
        <source>Lead &amp;department:</source>
        <translation>牵头部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Responsible &amp;party:</source>
        <translation>责任主体(&amp;P)：</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>整改期限(&amp;L)：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
</context>
<context>
    <name>WorkOrdersDialog</name>
    <message>
        <source>Work orders into the ledger</source>
        <translation>工单转入问题台账</translation>
    </message>
    <message>
        <source>Turn the chosen into problems</source>
        <translation>把选中的工单转为问题</translation>
    </message>
    <message>
        <source>{count} work orders; choose rows, then turn them into problems.</source>
        <translation>共 {count} 件工单；选中后可转为台账问题。</translation>
    </message>
    <message>
        <source>{created} problems raised; {already} were in the ledger already.</source>
        <translation>已登记问题 {created} 个；{already} 个已在台账中。</translation>
    </message>
</context>
</TS>
