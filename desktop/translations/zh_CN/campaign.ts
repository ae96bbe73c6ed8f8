<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
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
        <source>observation</source>
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
        <source>not enrolled</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>work order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>category</source>
        <translation>诉求类别</translation>
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
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>state</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>illegal construction</source>
        <translation>私搭乱建</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>违规饲养宠物</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>pipe network</source>
        <translation>雨污管网</translation>
    </message>
    <message>
        <source>property management</source>
        <translation>物业管理</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>no work order number</source>
        <translation>没有工单编号</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>“{value}”不是日期</translation>
    </message>
    <message>
        <source>no compound name</source>
        <translation>没有小区名称</translation>
    </message>
    <message>
        <source>“{value}” is not a number of households</source>
        <translation>“{value}”不是户数</translation>
    </message>
    <message>
        <source>“{value}” is not 实体型 or 功能型</source>
        <translation>“{value}”不是实体型或功能型</translation>
    </message>
    <message>
        <source>“{value}” is not 是 or 否</source>
        <translation>“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {what}</source>
        <translation>工作表 {sheet}，第 {row} 行，“{column}”列：{what}</translation>
    </message>
    <message>
        <source>{rows} rows: {imported} imported, {updated} updated, {duplicates} already known, {unmatched} without a compound, {problems} not imported.</source>
        <translation>共 {rows} 行：新导入 {imported} 条，更新 {updated} 条，已有 {duplicates} 条，未匹配小区 {unmatched} 条，未导入 {problems} 行。</translation>
    </message>
    <message>
        <source>rank  complaints     y/y  satisfied  property  where</source>
        <translation>名次      投诉量    同比     满意率  物业类占比  区域</translation>
    </message>
    <message>
        <source>{name}: rank {rank} in {month} ({count} complaints), during observation since {since}.</source>
        <translation>{name}：{month}排名第{rank}位（投诉{count}件），处于观察期（自{since}起）。</translation>
    </message>
    <message>
        <source>{name}: rank {rank} in {month} ({count} complaints), after leaving the campaign on {since}.</source>
        <translation>{name}：{month}排名第{rank}位（投诉{count}件），已于{since}退出整治。</translation>
    </message>
    <message>
        <source>{name}: the campaign&apos;s course</source>
        <translation>{name}：整治历程</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation>，至{date}</translation>
    </message>
    <message>
        <source>{year}: nomination dismissed by {who}: {why}</source>
        <translation>{year}年：{who}未予纳入，理由：{why}</translation>
    </message>
    <message>
        <source>{month}: {count} complaints, rank {rank}</source>
        <translation>{month}：投诉{count}件，排名第{rank}位</translation>
    </message>
    <message>
        <source>{count} key compounds, {first} to {last}: {now} complaints, a year before {before}, change {change}.</source>
        <translation>{count}个重点小区，{first}至{last}：投诉{now}件，去年同期{before}件，同比{change}。</translation>
    </message>
    <message>
        <source>Warning: the store lacks work orders of the base period ({months}); no year-on-year change is given.</source>
        <translation>注意：库中缺少基期（{months}）的工单数据，不计算同比。</translation>
    </message>
    <message>
        <source>(base lacking)</source>
        <translation>（基期数据不全）</translation>
    </message>
    <message>
        <source>Satisfaction: </source>
        <translation>满意率：</translation>
    </message>
    <message>
        <source>{path}: no header row with known column names was found (sheets: {detail}).</source>
        <translation>{path}：没有找到含已知列名的表头行（工作表：{detail}）。</translation>
    </message>
    <message>
        <source>{path}: no column was mapped to {detail}.</source>
        <translation>{path}：没有列对应到{detail}。</translation>
    </message>
    <message>
        <source>A compound that is {current} cannot become {wanted}.</source>
        <translation>处于“{current}”的小区不能转为“{wanted}”。</translation>
    </message>
    <message>
        <source>The observation period runs until {detail}; close earlier only with --force and a reason.</source>
        <translation>观察期到 {detail} 才结束；提前销号须加 --force 并写明原因。</translation>
    </message>
    <message>
        <source>The date is before the compound&apos;s last step ({detail}).</source>
        <translation>日期早于该小区上一步的日期（{detail}）。</translation>
    </message>
    <message>
        <source>The date {detail} is in the future.</source>
        <translation>日期{detail}晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason (--why).</source>
        <translation>请填写理由（--why）。</translation>
    </message>
    <message>
        <source>There is no such compound.</source>
        <translation>没有这个小区。</translation>
    </message>
    <message>
        <source>Campaign &amp;board</source>
        <translation>集中整治看板(&amp;B)</translation>
    </message>
    <message>
        <source>Complaint &amp;trend of the compound…</source>
        <translation>本小区投诉趋势(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;12345 work orders…</source>
        <translation>导入 12345 工单(&amp;1)…</translation>
    </message>
    <message>
        <source>Import compound &amp;register…</source>
        <translation>导入小区台账(&amp;R)…</translation>
    </message>
    <message>
        <source>Campaign &amp;settings…</source>
        <translation>整治参数(&amp;S)…</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>集中整治</translation>
    </message>
    <message>
        <source>Open a compound (or one of its inspections) first.</source>
        <translation>请先打开一个小区（或它的一条巡查记录）。</translation>
    </message>
    <message>
        <source> since {date}</source>
        <translation>，自 {date} 起</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>集中整治：</translation>
    </message>
    <message>
        <source>rank compounds, streets or districts by complaints</source>
        <translation>按投诉量给小区、街道或区县排名</translation>
    </message>
    <message>
        <source>the month, YYYY-MM</source>
        <translation>月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>show only the first N</source>
        <translation>只显示前 N 名</translation>
    </message>
    <message>
        <source>rank by the complaints of one category (e.g. property)</source>
        <translation>按某一类别的投诉排名（如 property 物业类）</translation>
    </message>
    <message>
        <source>propose compounds in the monthly top N in at least K months of a year</source>
        <translation>列出一年中至少 K 个月进入月度前 N 名的小区</translation>
    </message>
    <message>
        <source>N (default 50)</source>
        <translation>N（默认 50）</translation>
    </message>
    <message>
        <source>K (default 2)</source>
        <translation>K（默认 2）</translation>
    </message>
    <message>
        <source>count the complaints of one category (e.g. property)</source>
        <translation>只计某一类别的投诉（如 property 物业类）</translation>
    </message>
    <message>
        <source>import the register of compounds</source>
        <translation>导入小区台账</translation>
    </message>
    <message>
        <source>import compounds from a file</source>
        <translation>从文件导入小区</translation>
    </message>
    <message>
        <source>12345 hotline work orders</source>
        <translation>12345 热线工单</translation>
    </message>
    <message>
        <source>import a hotline export</source>
        <translation>导入热线导出文件</translation>
    </message>
    <message>
        <source>map a field to a column by its header, e.g. number=工单号</source>
        <translation>按表头把字段对应到列，例如 number=工单号</translation>
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
        <source>list the texts no compound was matched to</source>
        <translation>列出未匹配到小区的写法</translation>
    </message>
    <message>
        <source>confirm a text as another name of a compound</source>
        <translation>确认某写法为小区的别名</translation>
    </message>
    <message>
        <source>the compound&apos;s id or exact name</source>
        <translation>小区的 id 或完整名称</translation>
    </message>
    <message>
        <source>only for this district</source>
        <translation>仅限该区县</translation>
    </message>
    <message>
        <source>the rectification campaign</source>
        <translation>集中整治</translation>
    </message>
    <message>
        <source>compounds by campaign state</source>
        <translation>按整治状态列出小区</translation>
    </message>
    <message>
        <source>move a compound to a state</source>
        <translation>把小区转入某个状态</translation>
    </message>
    <message>
        <source>who takes the step (default: the officer in the settings)</source>
        <translation>操作人（默认：设置中的人员）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>close before the observation period ends (with --why)</source>
        <translation>观察期未满提前销号（须同时填写 --why）</translation>
    </message>
    <message>
        <source>compounds that re-entered the monthly top N in observation or after exit</source>
        <translation>观察期内或退出后重新进入月度前N名的小区</translation>
    </message>
    <message>
        <source>take them back in: observation → relapsed, closed → enrolled</source>
        <translation>重新纳入：观察期→反弹，已销号→重新纳入整治</translation>
    </message>
    <message>
        <source>a compound&apos;s course through the campaign</source>
        <translation>小区的整治历程</translation>
    </message>
    <message>
        <source>the key compounds&apos; complaints year on year, before and after, satisfaction</source>
        <translation>重点小区投诉同比、整治前后对比、满意率</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>No relapses.</source>
        <translation>没有反弹的小区。</translation>
    </message>
    <message>
        <source>{count} compounds taken back into the campaign.</source>
        <translation>已将{count}个小区重新纳入整治。</translation>
    </message>
    <message>
        <source>No work orders in the store.</source>
        <translation>库中没有工单。</translation>
    </message>
    <message>
        <source>{name} must be at least 1.</source>
        <translation>{name}至少为1。</translation>
    </message>
    <message>
        <source>show or change the campaign&apos;s numbers</source>
        <translation>查看或修改整治参数</translation>
    </message>
    <message>
        <source>Importing compounds</source>
        <translation>正在导入小区</translation>
    </message>
    <message>
        <source>{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, {aliases} aliases.</source>
        <translation>共 {rows} 行：新增 {added} 个，更新 {updated} 个，未变 {unchanged} 个，别名 {aliases} 个。</translation>
    </message>
    <message>
        <source>--map {item}: fields are {fields}; headers are {headers}.</source>
        <translation>--map {item}：字段有 {fields}；表头有 {headers}。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header in row {row}, about {rows} rows; mapping {how}.</source>
        <translation>工作表 {sheet}，表头在第 {row} 行，约 {rows} 行；列对应{how}。</translation>
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
        <source>Importing work orders</source>
        <translation>正在导入工单</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>Not matched to a compound (confirm with “hotline alias”):</source>
        <translation>未匹配到小区（可用“hotline alias”确认）：</translation>
    </message>
    <message>
        <source>Every work order is matched to a compound.</source>
        <translation>所有工单都已匹配到小区。</translation>
    </message>
    <message>
        <source>“{text}” is now a name of {name}; {count} work orders matched.</source>
        <translation>“{text}”已确认为 {name} 的别名，匹配工单 {count} 条。</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, e.g. 2026-03.</source>
        <translation>月份须写成 YYYY-MM，例如 2026-03。</translation>
    </message>
    <message>
        <source>No work orders in {month}.</source>
        <translation>{month} 没有工单。</translation>
    </message>
    <message>
        <source>No compound meets the rule.</source>
        <translation>没有符合条件的小区。</translation>
    </message>
    <message>
        <source>{name}: {state} since {date}.</source>
        <translation>{name}：自 {date} 起{state}。</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>帮带</translation>
    </message>
    <message>
        <source>Projects and funds</source>
        <translation>项目和资金</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未销号问题</translation>
    </message>
    <message>
        <source>{projects} projects, {amount} (10,000 yuan)</source>
        <translation>项目 {projects} 个，资金 {amount} 万元</translation>
    </message>
    <message>
        <source>{pending} ({overdue} overdue)</source>
        <translation>{pending}（超期 {overdue}）</translation>
    </message>
</context>
<context>
    <name>CampaignBoard</name>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Enrol by hand…</source>
        <translation>手动纳入…</translation>
    </message>
    <message>
        <source>Take relapsed back in</source>
        <translation>反弹小区重新纳入</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>全部（{count}）</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Campaign board</source>
        <translation>整治看板</translation>
    </message>
    <message>
        <source>Monthly ranking</source>
        <translation>月度排名</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>拟纳入名单</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>Campaign settings</source>
        <translation>整治参数</translation>
    </message>
    <message>
        <source>Nominate (and find relapses) from the monthly top N, N =</source>
        <translation>按月度前N名提名（并判定反弹），N =</translation>
    </message>
    <message>
        <source>… in at least K months of the year, K =</source>
        <translation>…一年中至少 K 个月，K =</translation>
    </message>
    <message>
        <source>Observation period (months)</source>
        <translation>观察期（月）</translation>
    </message>
</context>
<context>
    <name>CompoundsImportDialog</name>
    <message>
        <source>Import the register of compounds</source>
        <translation>导入小区台账</translation>
    </message>
    <message>
        <source>A spreadsheet with one row per compound: 小区名称, 区县, 街道, 社区, 地址, 物业公司, 户数, 党支部类型, 书记专职, 别名.</source>
        <translation>电子表格，每个小区一行，列为：小区名称、区县、街道、社区、地址、物业公司、户数、党支部类型、书记专职、别名。</translation>
    </message>
    <message>
        <source>Choose file and import…</source>
        <translation>选择文件并导入…</translation>
    </message>
    <message>
        <source>Register of compounds</source>
        <translation>小区台账</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <source>{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, {aliases} aliases, {problems} refused.</source>
        <translation>共 {rows} 行：新增 {added} 个，更新 {updated} 个，未变 {unchanged} 个，别名 {aliases} 个，拒收 {problems} 行。</translation>
    </message>
</context>
<context>
    <name>HotlineImportDialog</name>
    <message>
        <source>Import 12345 hotline work orders</source>
        <translation>导入 12345 热线工单</translation>
    </message>
    <message>
        <source>12345 export</source>
        <translation>12345 导出文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Enrol a compound by hand</source>
        <translation>手动纳入整治小区</translation>
    </message>
    <message>
        <source>Search compounds by name</source>
        <translation>按名称查找小区</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>NominationsView</name>
    <message>
        <source>Only those still to decide</source>
        <translation>只显示待决定的</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Months in the top N</source>
        <translation>进入前 N 名的月数</translation>
    </message>
    <message>
        <source>Months (rank, complaints)</source>
        <translation>月份（名次，投诉量）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已不予纳入</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>纳入整治</translation>
    </message>
    <message>
        <source>Dismiss for this year</source>
        <translation>本年度不予纳入</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Top N</source>
        <translation>前 N 名</translation>
    </message>
    <message>
        <source>in at least K months</source>
        <translation>至少 K 个月</translation>
    </message>
    <message>
        <source>by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>{count} compounds were in the top {top} in at least {months} months of {year} (ties at rank {top} count).</source>
        <translation>{year} 年共有 {count} 个小区至少 {months} 个月进入前 {top} 名（与第 {top} 名并列的也计入）。</translation>
    </message>
    <message>
        <source>Why is it not enrolled? (required)</source>
        <translation>不纳入的理由（必填）：</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
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
        <source>Change</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Property share</source>
        <translation>物业类占比</translation>
    </message>
    <message>
        <source>{count} ranked, {complaints} complaints; ties share a rank (1, 2, 2, 4).</source>
        <translation>共 {count} 个参与排名，投诉 {complaints} 件；并列者名次相同（1、2、2、4）。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No complaints</source>
        <translation>没有投诉</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>Complaint trend: {name}</source>
        <translation>投诉趋势：{name}</translation>
    </message>
    <message>
        <source>{name} ({district} {street}): complaints per month, grey = a year before</source>
        <translation>{name}（{district} {street}）：每月投诉量，灰色为去年同期</translation>
    </message>
    <message>
        <source>{count} work orders, newest first</source>
        <translation>共 {count} 条工单，最新的在前</translation>
    </message>
</context>
<context>
    <name>UnmatchedPanel</name>
    <message>
        <source>Work orders without a compound</source>
        <translation>未匹配小区的工单</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>工单中的写法</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Search compounds by name</source>
        <translation>按名称查找小区</translation>
    </message>
    <message>
        <source>only in this district</source>
        <translation>仅限本区县</translation>
    </message>
    <message>
        <source>Confirm as alias</source>
        <translation>确认为别名</translation>
    </message>
</context>
<context>
    <name>WorkOrdersModel</name>
    <message>
        <source>Number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>工单中的写法</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
</TS>
