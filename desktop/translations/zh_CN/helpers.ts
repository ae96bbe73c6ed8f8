<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>three-ones helpers: leaders, red-collar secretaries, units, their work</source>
        <translation>“三个一”帮带：县级领导、红领书记、帮扶单位及其工作</translation>
    </message>
    <message>
        <source>list people and units</source>
        <translation>列出帮带人员和单位</translation>
    </message>
    <message>
        <source>text in the name, post, unit or phone</source>
        <translation>姓名、职务、单位或电话中的文字</translation>
    </message>
    <message>
        <source>a compound&apos;s helpers, visits, funds and projects</source>
        <translation>一个小区的帮带人员、走访、资金和项目</translation>
    </message>
    <message>
        <source>the compound&apos;s id or name</source>
        <translation>小区的编号或名称</translation>
    </message>
    <message>
        <source>totals for the city, a district or a street: people, units, funds, projects</source>
        <translation>全市、县区或街道的汇总：人员、单位、资金、项目</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>count the helpers of this day</source>
        <translation>统计这一天在岗的帮带人员</translation>
    </message>
    <message>
        <source>add a person or a unit</source>
        <translation>新增人员或单位</translation>
    </message>
    <message>
        <source>assign a helper to a compound (a new leader or secretary replaces the one before)</source>
        <translation>为小区确定帮带人员（新的县级领导或红领书记接替原来的）</translation>
    </message>
    <message>
        <source>the helper&apos;s id or name</source>
        <translation>帮带人员的编号或姓名</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>a unit replaces the units</source>
        <translation>该单位接替原有帮扶单位</translation>
    </message>
    <message>
        <source>end a helper&apos;s assignment to a compound (nobody replaces them)</source>
        <translation>结束帮带关系（无人接替）</translation>
    </message>
    <message>
        <source>the last day, YYYY-MM-DD (default today)</source>
        <translation>最后一天，YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>who came (id or name)</source>
        <translation>走访人（编号或姓名）</translation>
    </message>
    <message>
        <source>who else took part</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <source>what was decided</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>record funds brought (万元)</source>
        <translation>登记帮扶资金（万元）</translation>
    </message>
    <message>
        <source>in 10,000 yuan (万元), e.g. 12.5</source>
        <translation>单位万元，如 12.5</translation>
    </message>
    <message>
        <source>add a livelihood project, or change one (--id)</source>
        <translation>新增民生项目，或修改项目（--id）</translation>
    </message>
    <message>
        <source>the project to change</source>
        <translation>要修改的项目</translation>
    </message>
    <message>
        <source>in 10,000 yuan (万元)</source>
        <translation>单位万元</translation>
    </message>
    <message>
        <source>import the roster counties keep (a row per compound)</source>
        <translation>导入县区的帮带台账（每个小区一行）</translation>
    </message>
    <message>
        <source>map a field to a column by its header (电话#2 for the second)</source>
        <translation>按表头把字段对应到列（第二个“电话”写作 电话#2）</translation>
    </message>
    <message>
        <source>show the header and mapping found, import nothing</source>
        <translation>只显示找到的表头和列对应，不导入</translation>
    </message>
    <message>
        <source>count what the import would do, change nothing</source>
        <translation>只统计导入结果，不作改动</translation>
    </message>
    <message>
        <source>write an empty roster to fill in</source>
        <translation>生成空白帮带台账模板</translation>
    </message>
    <message>
        <source>No helpers yet.</source>
        <translation>还没有帮带人员。</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>走访：</translation>
    </message>
    <message>
        <source>Funds (10,000 yuan):</source>
        <translation>资金（万元）：</translation>
    </message>
    <message>
        <source>Livelihood projects:</source>
        <translation>民生项目：</translation>
    </message>
    <message>
        <source>Added {name} ({role}).</source>
        <translation>已新增 {name}（{role}）。</translation>
    </message>
    <message>
        <source>{helper} helps {compound} as {role} since {since}.</source>
        <translation>{helper} 自 {since} 起作为{role}帮带 {compound}。</translation>
    </message>
    <message>
        <source>{helper} does not help {compound} now.</source>
        <translation>{helper} 目前没有帮带 {compound}。</translation>
    </message>
    <message>
        <source>{helper} helped {compound} until {until}.</source>
        <translation>{helper} 帮带 {compound} 至 {until}。</translation>
    </message>
    <message>
        <source>Visit of {day} recorded for {compound}.</source>
        <translation>已登记 {compound} {day} 的走访。</translation>
    </message>
    <message>
        <source>{amount} (10,000 yuan) recorded for {compound}.</source>
        <translation>已登记 {compound} 资金 {amount} 万元。</translation>
    </message>
    <message>
        <source>Project {name} of {compound}: {state}.</source>
        <translation>{compound} 的项目 {name}：{state}。</translation>
    </message>
    <message>
        <source>--map {item}: fields are {fields}; headers are {headers}.</source>
        <translation>--map {item}：字段有 {fields}；表头有 {headers}。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header in row {row}, {rows} rows; mapping {how}.</source>
        <translation>工作表 {sheet}，表头在第 {row} 行，共 {rows} 行；列对应关系{how}。</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>沿用上次的设置</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>按表头推测</translation>
    </message>
    <message>
        <source>Importing helpers</source>
        <translation>正在导入帮带台账</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>帮带</translation>
    </message>
    <message>
        <source>Three-ones &amp;helpers</source>
        <translation>“三个一”帮带(&amp;H)</translation>
    </message>
    <message>
        <source>Import the helpers&apos; r&amp;oster…</source>
        <translation>导入帮带台账(&amp;O)…</translation>
    </message>
    <message>
        <source>county-level leader</source>
        <translation>县级领导</translation>
    </message>
    <message>
        <source>red-collar secretary</source>
        <translation>红领书记</translation>
    </message>
    <message>
        <source>helping unit</source>
        <translation>帮扶单位</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>leader&apos;s post</source>
        <translation>领导职务</translation>
    </message>
    <message>
        <source>leader&apos;s phone</source>
        <translation>领导电话</translation>
    </message>
    <message>
        <source>secretary&apos;s post</source>
        <translation>书记职务</translation>
    </message>
    <message>
        <source>secretary&apos;s sending unit</source>
        <translation>书记派出单位</translation>
    </message>
    <message>
        <source>secretary&apos;s phone</source>
        <translation>书记电话</translation>
    </message>
    <message>
        <source>unit&apos;s contact</source>
        <translation>单位联系人</translation>
    </message>
    <message>
        <source>unit&apos;s phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>amount (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>budget (10,000 yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>project state</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>“{value}” is not a role</source>
        <translation>“{value}”不是帮带类别</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number</source>
        <translation>“{value}”不是电话号码</translation>
    </message>
    <message>
        <source>the text is too long (“{value}…”)</source>
        <translation>文字过长（“{value}…”）</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2026-11-27</source>
        <translation>“{value}”不是 2026-11-27 这样的日期</translation>
    </message>
    <message>
        <source>{value} is before the start</source>
        <translation>{value} 早于开始日期</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in 10,000 yuan</source>
        <translation>“{value}”不是以万元计的金额</translation>
    </message>
    <message>
        <source>“{value}” is not a project state</source>
        <translation>“{value}”不是项目状态</translation>
    </message>
    <message>
        <source>no compound is called “{value}” (confirm an alias first)</source>
        <translation>没有名为“{value}”的小区（请先确认别名）</translation>
    </message>
    <message>
        <source>the row names no compound</source>
        <translation>该行没有填写小区</translation>
    </message>
    <message>
        <source>photos are still being added; try again in a moment</source>
        <translation>照片还在添加中，请稍后再试</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {what}</source>
        <translation>工作表 {sheet}，第 {row} 行，“{column}”列：{what}</translation>
    </message>
    <message>
        <source>{rows} rows, {compounds} compounds: {added} people and units added, {updated} updated; {assigned} assignments made ({changed} of them changes), {unchanged} as before; {problems} problems.</source>
        <translation>{rows} 行，{compounds} 个小区：新增人员和单位 {added} 个，更新 {updated} 个；新确定帮带关系 {assigned} 个（其中调整 {changed} 个），{unchanged} 个不变；问题 {problems} 个。</translation>
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
        <source>Three-ones helpers of {area} on {day}:</source>
        <translation>{area}“三个一”帮带情况（{day}）：</translation>
    </message>
    <message>
        <source>  {n} county-level leaders, {s} red-collar secretaries, {u} helping units, for {c} compounds</source>
        <translation>  县级领导 {n} 名，红领书记 {s} 名，帮扶单位 {u} 个，帮带小区 {c} 个</translation>
    </message>
    <message>
        <source>  key compounds {key}, of which {missing} lack a leader, a secretary or a unit</source>
        <translation>  重点小区 {key} 个，其中缺县级领导、红领书记或帮扶单位的 {missing} 个</translation>
    </message>
    <message>
        <source>  funds brought ({period}): {amount} (10,000 yuan)</source>
        <translation>  整合投入资金（{period}）：{amount} 万元</translation>
    </message>
    <message>
        <source>  livelihood projects ({period}): {count} ({states})</source>
        <translation>  民生项目（{period}）：{count} 个（{states}）</translation>
    </message>
    <message>
        <source>  visits ({period}): {count}</source>
        <translation>  走访（{period}）：{count} 次</translation>
    </message>
    <message>
        <source>{field}: {what}</source>
        <translation>{field}：{what}</translation>
    </message>
    <message>
        <source>“{ref}” matches several people or units: {matches}. Give the id.</source>
        <translation>“{ref}”对应多个人员或单位：{matches}。请给出编号。</translation>
    </message>
    <message>
        <source>No helper is called “{ref}”.</source>
        <translation>没有名为“{ref}”的帮带人员或单位。</translation>
    </message>
    <message>
        <source>{path}: no sheet has a header naming the compound and its helpers (sheets: {detail}).</source>
        <translation>{path}：没有工作表的表头同时包含小区和帮带人员（工作表：{detail}）。</translation>
    </message>
    <message>
        <source>{path}: the mapping lacks {detail}.</source>
        <translation>{path}：列对应关系缺少 {detail}。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a helper</source>
        <translation>确定帮带人员</translation>
    </message>
    <message>
        <source>replaces the units there now</source>
        <translation>接替现有帮扶单位</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮带人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CompoundHelpersBox</name>
    <message>
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮带人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget (10,000 yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Assign a helper…</source>
        <translation>确定帮带人员…</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>Record funds…</source>
        <translation>登记资金…</translation>
    </message>
    <message>
        <source>Add a project…</source>
        <translation>新增项目…</translation>
    </message>
    <message>
        <source>End the chosen assignment…</source>
        <translation>结束选中的帮带关系…</translation>
    </message>
    <message>
        <source>Three-ones helpers ({count})</source>
        <translation>“三个一”帮带（{count}）</translation>
    </message>
    <message>
        <source>Funds brought: {amount} (10,000 yuan)</source>
        <translation>整合资金 {amount} 万元</translation>
    </message>
    <message>
        <source>projects: {count}</source>
        <translation>民生项目 {count} 个</translation>
    </message>
    <message>
        <source>visits: {count}, the last on {day}</source>
        <translation>走访 {count} 次，最近一次 {day}</translation>
    </message>
    <message>
        <source>no visit yet</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>no {roles} yet</source>
        <translation>尚无{roles}</translation>
    </message>
    <message>
        <source>End the assignment</source>
        <translation>结束帮带关系</translation>
    </message>
    <message>
        <source>Why does {helper} stop helping?</source>
        <translation>{helper} 为什么不再帮带？</translation>
    </message>
</context>
<context>
    <name>CompoundPicker</name>
    <message>
        <source>Search compounds by name</source>
        <translation>按名称查找小区</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>如 12.5</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>协调人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>Person or unit</source>
        <translation>人员或单位</translation>
    </message>
    <message>
        <source>Unit (a secretary&apos;s sending unit)</source>
        <translation>单位（红领书记的派出单位）</translation>
    </message>
    <message>
        <source>Contact (of a unit)</source>
        <translation>联系人（单位）</translation>
    </message>
    <message>
        <source>District</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HelperPicker</name>
    <message>
        <source>Search people and units</source>
        <translation>查找人员和单位</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>HelpersPanel</name>
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
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Funds (10,000 yuan)</source>
        <translation>资金（万元）</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Add person or unit…</source>
        <translation>新增人员或单位…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入帮带台账…</translation>
    </message>
    <message>
        <source>Roster template…</source>
        <translation>台账模板…</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>every street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>People and units</source>
        <translation>人员和单位</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name or unit</source>
        <translation>姓名或单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget (10,000 yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>走访事项</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Amount (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>协调人</translation>
    </message>
    <message>
        <source>Roster template</source>
        <translation>帮带台账模板</translation>
    </message>
    <message>
        <source>Three-ones helpers.xlsx</source>
        <translation>三个一帮带台账.xlsx</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Livelihood project</source>
        <translation>民生项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮带人员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import the helpers&apos; roster</source>
        <translation>导入帮带台账</translation>
    </message>
    <message>
        <source>Helpers&apos; roster</source>
        <translation>帮带台账</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <source>Tried, nothing written: {text}</source>
        <translation>试导入，未写入：{text}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>走访事项</translation>
    </message>
</context>
</TS>
