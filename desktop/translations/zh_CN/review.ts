<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>the streets&apos; quarterly review (提级述职)</source>
        <translation>街道季度述职评议（提级述职）</translation>
    </message>
    <message>
        <source>the quarter, e.g. 2026-Q4</source>
        <translation>季度，如 2026-Q4</translation>
    </message>
    <message>
        <source>the quarter&apos;s departments, criteria, streets and who has scored</source>
        <translation>本季度的评议部门、指标、街道及评分情况</translation>
    </message>
    <message>
        <source>write one score workbook per department</source>
        <translation>为每个评议部门生成评分表</translation>
    </message>
    <message>
        <source>import the departments&apos; filled-in workbooks</source>
        <translation>导入各部门填好的评分表</translation>
    </message>
    <message>
        <source>rank the streets by their weighted totals</source>
        <translation>按加权总分对街道排名</translation>
    </message>
    <message>
        <source>set up or change a quarter&apos;s review (the quarter before is the starting point)</source>
        <translation>设置或修改季度述职评议（以上一季度为基础）</translation>
    </message>
    <message>
        <source>a scoring department; repeat for each (replaces the list)</source>
        <translation>评议部门，每个部门写一次（替换原列表）</translation>
    </message>
    <message>
        <source>a criterion with its weight and maximum score; repeat (replaces the list)</source>
        <translation>评议指标及其权重、满分，可重复（替换原列表）</translation>
    </message>
    <message>
        <source>a reporting street; repeat (replaces the list)</source>
        <translation>述职街道，可重复（替换原列表）</translation>
    </message>
    <message>
        <source>every street that has compounds reports</source>
        <translation>所有有小区的街道均述职</translation>
    </message>
    <message>
        <source>leave out each street&apos;s highest and lowest department score</source>
        <translation>去掉每个街道的一个最高分和一个最低分</translation>
    </message>
    <message>
        <source>how many streets at the bottom are named as lagging (default 3)</source>
        <translation>排名末尾通报为落后的街道数（默认3）</translation>
    </message>
    <message>
        <source>the day of the review meeting</source>
        <translation>述职评议会日期</translation>
    </message>
    <message>
        <source>record an interview (约谈) of a street&apos;s secretary</source>
        <translation>记录对街道党工委书记的约谈</translation>
    </message>
    <message>
        <source>the street, e.g. 兰山街道</source>
        <translation>街道名称，如 兰山街道</translation>
    </message>
    <message>
        <source>who held the interview</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>who was interviewed (default: the street&apos;s secretary)</source>
        <translation>被约谈人（默认：该街道党工委书记）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>write what became of an interview&apos;s commitments</source>
        <translation>记录约谈承诺的落实情况</translation>
    </message>
    <message>
        <source>the interview&apos;s id</source>
        <translation>约谈记录编号（id）</translation>
    </message>
    <message>
        <source>list the interviews (of a quarter) and their follow-up</source>
        <translation>列出（某季度的）约谈及落实情况</translation>
    </message>
    <message>
        <source>Review of {quarter}: {departments} departments, {criteria} criteria, {streets} streets; highest and lowest dropped: {drop}; lagging: {lagging}.</source>
        <translation>{quarter}述职评议：评议部门{departments}个，指标{criteria}项，述职街道{streets}个；去掉最高最低分：{drop}；通报落后：{lagging}个。</translation>
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
        <source>“{street}” is not one reporting street of {quarter}: {known}</source>
        <translation>“{street}”不是{quarter}的述职街道（之一）：{known}</translation>
    </message>
    <message>
        <source>Interview {id} of {name} recorded.</source>
        <translation>已记录对{name}的约谈（{id}）。</translation>
    </message>
    <message>
        <source>No interview has the id {id}.</source>
        <translation>没有编号为 {id} 的约谈记录。</translation>
    </message>
    <message>
        <source>{name}: {outcome}.</source>
        <translation>{name}：{outcome}。</translation>
    </message>
    <message>
        <source>No interviews.</source>
        <translation>没有约谈记录。</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>部分落实</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>未落实</translation>
    </message>
    <message>
        <source>to be followed up</source>
        <translation>待跟踪</translation>
    </message>
    <message>
        <source>rank   total  change  complaints  street</source>
        <translation>排名   总分    变化     投诉量  街道</translation>
    </message>
    <message>
        <source>(lagging)</source>
        <translation>（落后）</translation>
    </message>
    <message>
        <source>Not scored yet: {names}</source>
        <translation>尚未评分：{names}</translation>
    </message>
    <message>
        <source>{name} scored {given} of {expected} cells.</source>
        <translation>{name}已评{given}项，共{expected}项。</translation>
    </message>
    <message>
        <source>No review is set up for {detail}; set it up first (review setup).</source>
        <translation>{detail}尚未设置述职评议，请先设置（review setup）。</translation>
    </message>
    <message>
        <source>No street reports in {detail}; name the streets first.</source>
        <translation>{detail}没有述职街道，请先指定街道。</translation>
    </message>
    <message>
        <source>A name must be one line of 1 to 60 characters ({detail}).</source>
        <translation>名称须为一行1到60个字（{detail}）。</translation>
    </message>
    <message>
        <source>“{detail}” is named twice.</source>
        <translation>“{detail}”重复。</translation>
    </message>
    <message>
        <source>A weight must be more than 0 ({detail}).</source>
        <translation>权重须大于0（{detail}）。</translation>
    </message>
    <message>
        <source>A maximum score must be more than 0 ({detail}).</source>
        <translation>满分须大于0（{detail}）。</translation>
    </message>
    <message>
        <source>The number of lagging streets cannot be negative.</source>
        <translation>落后街道数不能为负数。</translation>
    </message>
    <message>
        <source>“{detail}” is not a criterion: write NAME:WEIGHT:MAX, e.g. 述职报告:20:20.</source>
        <translation>“{detail}”不是评议指标：请写成 名称:权重:满分，如 述职报告:20:20。</translation>
    </message>
    <message>
        <source>“{detail}” is not a quarter: write it as 2026-Q4.</source>
        <translation>“{detail}”不是季度：请写成 2026-Q4 的形式。</translation>
    </message>
    <message>
        <source>“{detail}” is not a street: write DISTRICT/STREET/SECRETARY, e.g. 兰山区/兰山街道/王建国.</source>
        <translation>“{detail}”不是街道：请写成 县区/街道/书记，如 兰山区/兰山街道/王建国。</translation>
    </message>
    <message>
        <source>person interviewed</source>
        <translation>被约谈人</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>整改承诺</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>That street does not report in this quarter.</source>
        <translation>该街道本季度不述职。</translation>
    </message>
    <message>
        <source>The {detail} must be given.</source>
        <translation>请填写{detail}。</translation>
    </message>
    <message>
        <source>The date {detail} is in the future.</source>
        <translation>日期{detail}晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the interview ({detail}).</source>
        <translation>日期早于约谈日期（{detail}）。</translation>
    </message>
    <message>
        <source>“{detail}” is not kept, partly or not_kept.</source>
        <translation>“{detail}”不是 kept、partly 或 not_kept。</translation>
    </message>
    <message>
        <source>The {detail} is too long.</source>
        <translation>{detail}过长。</translation>
    </message>
    <message>
        <source>“{value}” is not a score from 0 to {maximum}.</source>
        <translation>“{value}”不是0到{maximum}之间的分数。</translation>
    </message>
    <message>
        <source>{path} is not a score workbook of this kind made by XunCha.</source>
        <translation>{path}不是“巡查”生成的此类评分表。</translation>
    </message>
    <message>
        <source>Street re&amp;view (提级述职)…</source>
        <translation>提级述职(&amp;V)…</translation>
    </message>
    <message>
        <source>Street review</source>
        <translation>提级述职</translation>
    </message>
    <message>
        <source>Circular {quarter}</source>
        <translation>{quarter}通报</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of an interview</source>
        <translation>约谈落实情况</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>整改承诺</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>落实结果</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview of a street&apos;s secretary</source>
        <translation>约谈街道党工委书记</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>被约谈人</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>约谈人</translation>
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
        <source>Commitments</source>
        <translation>整改承诺</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Department</source>
        <translation>评议部门</translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Departments&apos; scores</source>
        <translation>各部门评分</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>约谈</translation>
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
        <source>Secretary</source>
        <translation>党工委书记</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>评分部门数</translation>
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
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>被约谈人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>整改承诺</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>落实结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>约谈…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟踪落实…</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Write the departments&apos; workbooks…</source>
        <translation>生成各部门评分表…</translation>
    </message>
    <message>
        <source>Departments&apos; files in…</source>
        <translation>导入各部门评分表…</translation>
    </message>
    <message>
        <source>Circular…</source>
        <translation>通报…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>No quarter is set up yet: press Set up….</source>
        <translation>尚未设置任何季度：请点“设置…”。</translation>
    </message>
    <message>
        <source>The departments&apos; score workbooks</source>
        <translation>各部门的述职评分表</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the review of a quarter</source>
        <translation>设置季度述职评议</translation>
    </message>
    <message>
        <source>Leave out each street&apos;s highest and lowest score</source>
        <translation>去掉每个街道的一个最高分和一个最低分</translation>
    </message>
    <message>
        <source>Quarter (YYYY-Qn)</source>
        <translation>季度（YYYY-Qn）</translation>
    </message>
    <message>
        <source>Departments, one a line</source>
        <translation>评议部门，每行一个</translation>
    </message>
    <message>
        <source>Criteria: name:weight:maximum</source>
        <translation>评议指标：名称:权重:满分</translation>
    </message>
    <message>
        <source>Streets: district/street/secretary</source>
        <translation>述职街道：县区/街道/书记</translation>
    </message>
    <message>
        <source>Streets named as lagging</source>
        <translation>通报落后街道数</translation>
    </message>
    <message>
        <source>Day of the review meeting</source>
        <translation>述职评议会日期</translation>
    </message>
</context>
</TS>
