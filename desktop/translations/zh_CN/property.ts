<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>property companies, their measures and evaluation (抓物业攻坚)</source>
        <translation>物业企业、处置措施与考核（抓物业攻坚）</translation>
    </message>
    <message>
        <source>the quarter, e.g. 2026-Q4</source>
        <translation>季度，如 2026-Q4</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>add a company, or change the one with this name or credit code</source>
        <translation>新增物业企业，或修改同名（同信用代码）的企业</translation>
    </message>
    <message>
        <source>list the companies</source>
        <translation>列出物业企业</translation>
    </message>
    <message>
        <source>a company manages a compound from a day on</source>
        <translation>某企业自某日起服务某小区</translation>
    </message>
    <message>
        <source>the project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>why the company before leaves (needed when there is one)</source>
        <translation>原物业企业退出的原因（有原企业时必填）</translation>
    </message>
    <message>
        <source>record a covert check (暗访) of a compound&apos;s property project</source>
        <translation>记录对小区物业项目的暗访</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0到100</translation>
    </message>
    <message>
        <source>take a measure against a company</source>
        <translation>对物业企业采取处置措施</translation>
    </message>
    <message>
        <source>the compound it concerns</source>
        <translation>涉及的小区</translation>
    </message>
    <message>
        <source>who issues it (default: the officer in the settings)</source>
        <translation>作出单位或人员（默认：设置中的人员）</translation>
    </message>
    <message>
        <source>what came of a measure</source>
        <translation>处置措施的结果</translation>
    </message>
    <message>
        <source>the measure&apos;s id</source>
        <translation>处置措施的编号（id）</translation>
    </message>
    <message>
        <source>a company&apos;s record across all its compounds</source>
        <translation>物业企业在其全部小区的档案</translation>
    </message>
    <message>
        <source>show or change how the quarter&apos;s evaluation weighs its parts (per cent)</source>
        <translation>查看或修改本季度考核各部分的权重（百分比）</translation>
    </message>
    <message>
        <source>the party branch&apos;s score (and survey) of a compound&apos;s property project</source>
        <translation>小区党支部对物业项目的评分（及满意度调查）</translation>
    </message>
    <message>
        <source>surveyed, per cent</source>
        <translation>调查满意度，百分比</translation>
    </message>
    <message>
        <source>write one workbook per street for the party branches&apos; scores</source>
        <translation>按街道生成小区党支部评分表</translation>
    </message>
    <message>
        <source>import the streets&apos; filled-in workbooks</source>
        <translation>导入各街道填好的评分表</translation>
    </message>
    <message>
        <source>evaluate and rank the property projects of a quarter</source>
        <translation>考核并排名本季度的物业项目</translation>
    </message>
    <message>
        <source>rank the companies by the mean of their projects</source>
        <translation>按所服务项目的平均分对企业排名</translation>
    </message>
    <message>
        <source>{name} ({code}) saved.</source>
        <translation>已保存{name}（{code}）。</translation>
    </message>
    <message>
        <source>No companies.</source>
        <translation>没有物业企业。</translation>
    </message>
    <message>
        <source>No company manages {name} now.</source>
        <translation>{name}目前没有物业企业服务。</translation>
    </message>
    <message>
        <source>{company} manages {compound} from {date}.</source>
        <translation>{company}自{date}起服务{compound}。</translation>
    </message>
    <message>
        <source>Covert check recorded ({photos} photos).</source>
        <translation>暗访已记录（照片{photos}张）。</translation>
    </message>
    <message>
        <source>{measure} of {company} on {date} ({id}).</source>
        <translation>{date}对{company}：{measure}（{id}）。</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>结果已记录。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>No projects in {quarter}.</source>
        <translation>{quarter}没有物业项目。</translation>
    </message>
    <message>
        <source>supervision order</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>manager replaced</source>
        <translation>更换项目经理</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>party branch</source>
        <translation>党支部评价</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>检查问题</translation>
    </message>
    <message>
        <source>covert checks</source>
        <translation>暗访</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>暗访人</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>评价人</translation>
    </message>
    <message>
        <source>issuing office</source>
        <translation>作出单位</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>rank   total  grade   party  satisf. compl. find.  covert  compound (company)</source>
        <translation>排名   总分   等次    党支部  满意度  投诉   问题   暗访    小区（物业企业）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>“{ref}” matches several companies: {matches}. Give the full name or the credit code.</source>
        <translation>“{ref}”对应多家企业：{matches}。请填写全称或统一社会信用代码。</translation>
    </message>
    <message>
        <source>No property company is called “{ref}”.</source>
        <translation>没有名为“{ref}”的物业企业。</translation>
    </message>
    <message>
        <source>“{detail}” is not a unified social credit code (18 characters, the last a check character).</source>
        <translation>“{detail}”不是有效的统一社会信用代码（18位，最后一位为校验码）。</translation>
    </message>
    <message>
        <source>Another company has the credit code {detail}.</source>
        <translation>已有其他企业使用统一社会信用代码 {detail}。</translation>
    </message>
    <message>
        <source>The {detail} must be given.</source>
        <translation>请填写{detail}。</translation>
    </message>
    <message>
        <source>The {detail} is too long.</source>
        <translation>{detail}过长。</translation>
    </message>
    <message>
        <source>The date {detail} is in the future.</source>
        <translation>日期{detail}晚于今天。</translation>
    </message>
    <message>
        <source>The date is too early ({detail}).</source>
        <translation>日期过早（{detail}）。</translation>
    </message>
    <message>
        <source>{detail} already manages this compound.</source>
        <translation>{detail}已在服务该小区。</translation>
    </message>
    <message>
        <source>The project ended on {detail}.</source>
        <translation>该项目已于{detail}终止。</translation>
    </message>
    <message>
        <source>There is no such project.</source>
        <translation>没有这个物业项目。</translation>
    </message>
    <message>
        <source>There is no such measure.</source>
        <translation>没有这条处置措施。</translation>
    </message>
    <message>
        <source>“{detail}” is not a measure.</source>
        <translation>“{detail}”不是处置措施。</translation>
    </message>
    <message>
        <source>This measure is taken in one compound: name the project.</source>
        <translation>该措施针对某个小区，请选定物业项目。</translation>
    </message>
    <message>
        <source>The project is not one of {detail}&apos;s.</source>
        <translation>该项目不属于{detail}。</translation>
    </message>
    <message>
        <source>Not a number: {detail}.</source>
        <translation>不是数字：{detail}。</translation>
    </message>
    <message>
        <source>Not from 0 to 100: {detail}.</source>
        <translation>不在0到100之间：{detail}。</translation>
    </message>
    <message>
        <source>Every weight must be from 0 to 100.</source>
        <translation>每项权重须在0到100之间。</translation>
    </message>
    <message>
        <source>The party branch must weigh at least 30 % (not {detail} %).</source>
        <translation>党支部评价权重不得低于30%（现为{detail}%）。</translation>
    </message>
    <message>
        <source>The weights must add up to 100 (not {detail}).</source>
        <translation>各项权重之和须为100（现为{detail}）。</translation>
    </message>
    <message>
        <source>The project did not run in {detail}.</source>
        <translation>该项目在{detail}没有服务。</translation>
    </message>
    <message>
        <source>The store has no photo {detail}.</source>
        <translation>库中没有照片 {detail}。</translation>
    </message>
    <message>
        <source>&amp;Property companies (抓物业攻坚)…</source>
        <translation>物业攻坚(&amp;P)…</translation>
    </message>
    <message>
        <source>Property companies</source>
        <translation>物业攻坚</translation>
    </message>
    <message>
        <source>Property ranking {quarter}</source>
        <translation>{quarter}物业考核排名</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Hand a compound to {name}</source>
        <translation>交由{name}服务小区</translation>
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
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Why the company before leaves</source>
        <translation>原物业企业退出原因</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Covert check</source>
        <translation>暗访</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>暗访人</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count}张照片</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>新增企业…</translation>
    </message>
    <message>
        <source>Hand it a compound…</source>
        <translation>交其服务小区…</translation>
    </message>
    <message>
        <source>Covert check…</source>
        <translation>暗访…</translation>
    </message>
    <message>
        <source>Measure…</source>
        <translation>处置…</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Property company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>权重…</translation>
    </message>
    <message>
        <source>Write the streets&apos; workbooks…</source>
        <translation>生成各街道评分表…</translation>
    </message>
    <message>
        <source>Streets&apos; files in…</source>
        <translation>导入各街道评分表…</translation>
    </message>
    <message>
        <source>Print the ranking…</source>
        <translation>打印排名…</translation>
    </message>
    <message>
        <source>The streets&apos; score workbooks</source>
        <translation>各街道的物业考核评分表</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure against {name}</source>
        <translation>对{name}采取处置措施</translation>
    </message>
    <message>
        <source>(the company as a whole)</source>
        <translation>（针对企业整体）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New project manager</source>
        <translation>新任项目经理</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>作出单位</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>Quarterly evaluation</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>物业企业</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>{compound}: the party branch&apos;s evaluation</source>
        <translation>{compound}：党支部评价</translation>
    </message>
    <message>
        <source>Party branch&apos;s score (0–100)</source>
        <translation>党支部评分（0–100）</translation>
    </message>
    <message>
        <source>Residents&apos; satisfaction, surveyed (%)</source>
        <translation>居民满意度调查（%）</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评价人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of {quarter}</source>
        <translation>{quarter}考核权重</translation>
    </message>
</context>
</TS>
