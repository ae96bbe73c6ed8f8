<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>the responsibility manual (who does what)</source>
        <translation>部门联动履职手册（由谁干、干什么）</translation>
    </message>
    <message>
        <source>list the manual&apos;s items</source>
        <translation>列出手册事项</translation>
    </message>
    <message>
        <source>only this category, e.g. 3</source>
        <translation>只列该分类，如 3</translation>
    </message>
    <message>
        <source>show one item</source>
        <translation>查看一个事项</translation>
    </message>
    <message>
        <source>the item&apos;s code, e.g. 3.01</source>
        <translation>事项编号，如 3.01</translation>
    </message>
    <message>
        <source>export the manual as .xlsx</source>
        <translation>把手册导出为 .xlsx</translation>
    </message>
    <message>
        <source>the .xlsx to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>import an edited manual workbook</source>
        <translation>导入修改后的手册工作簿</translation>
    </message>
    <message>
        <source>check only, change nothing</source>
        <translation>只检查，不做任何修改</translation>
    </message>
    <message>
        <source>the manual item a checklist item, finding, work order or text is routed to</source>
        <translation>检查项、问题、工单或一段文字对应的手册事项</translation>
    </message>
    <message>
        <source>FORM.ITEM, e.g. parking.fire_lane_clear</source>
        <translation>检查表.检查项，如 parking.fire_lane_clear</translation>
    </message>
    <message>
        <source>a finding&apos;s number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>a work order&apos;s number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>a complaint&apos;s text</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>the hotline category (with --text)</source>
        <translation>热线分类（与 --text 一起用）</translation>
    </message>
    <message>
        <source>checklist items and hotline categories no item covers, and links named twice</source>
        <translation>没有对应事项的检查项和热线分类，以及重复的对应</translation>
    </message>
    <message>
        <source>The manual has no items.</source>
        <translation>手册中没有事项。</translation>
    </message>
    <message>
        <source>Wrote {file} ({count} items).</source>
        <translation>已写入 {file}（事项 {count} 项）。</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the file and import it again.</source>
        <translation>未导入任何内容；请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>No work order has the number {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>No finding has the number {number}.</source>
        <translation>没有编号为 {number} 的问题。</translation>
    </message>
    <message>
        <source>Checklist items no manual item covers: {items}</source>
        <translation>没有对应手册事项的检查项：{items}</translation>
    </message>
    <message>
        <source>Hotline categories no manual item covers: {items}</source>
        <translation>没有对应手册事项的热线分类：{items}</translation>
    </message>
    <message>
        <source>Links named by several items (the first wins): {items}</source>
        <translation>被多个事项引用的对应（以第一个为准）：{items}</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>履职手册</translation>
    </message>
    <message>
        <source>Responsibility &amp;manual</source>
        <translation>部门联动履职手册(&amp;M)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>诉求事项</translation>
    </message>
    <message>
        <source>manual category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>what residents report</source>
        <translation>群众诉求表现</translation>
    </message>
    <message>
        <source>lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>supporting departments</source>
        <translation>配合部门</translation>
    </message>
    <message>
        <source>what is done</source>
        <translation>干什么</translation>
    </message>
    <message>
        <source>how</source>
        <translation>怎么干</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>怎么配合</translation>
    </message>
    <message>
        <source>time limit (days)</source>
        <translation>办理时限（天）</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>关联检查项</translation>
    </message>
    <message>
        <source>hotline categories</source>
        <translation>热线分类</translation>
    </message>
    <message>
        <source>hotline keywords</source>
        <translation>热线关键词</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>“{value}” is not a code like 3 or 3.01</source>
        <translation>“{value}”不是 3 或 3.01 这样的编号</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>there is no category {value}</source>
        <translation>没有分类 {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a number of days</source>
        <translation>“{value}”不是天数</translation>
    </message>
    <message>
        <source>the code {value} appears twice</source>
        <translation>编号 {value} 重复出现</translation>
    </message>
    <message>
        <source>no checklist has the item {value}</source>
        <translation>没有检查表包含检查项 {value}</translation>
    </message>
    <message>
        <source>“{value}” is not 是 or 否</source>
        <translation>“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>{value} was changed in the store after this file was exported; export again and redo the change</source>
        <translation>{value} 在本文件导出后已被修改；请重新导出后再改</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: {what}</source>
        <translation>工作表 {sheet}，第 {row} 行，“{column}”列：{what}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>No manual item applies.</source>
        <translation>没有对应的手册事项。</translation>
    </message>
    <message>
        <source>{item} — lead: {lead}</source>
        <translation>{item} — 牵头：{lead}</translation>
    </message>
    <message>
        <source>; supporting: {departments}</source>
        <translation>；配合：{departments}</translation>
    </message>
    <message>
        <source>; within {days} days</source>
        <translation>；{days} 天内办结</translation>
    </message>
    <message>
        <source>Manual item {code}, {field}: {what}</source>
        <translation>手册事项 {code}，{field}：{what}</translation>
    </message>
    <message>
        <source>No manual item has the code “{ref}”. Known: {known}</source>
        <translation>没有编号为“{ref}”的手册事项。现有：{known}</translation>
    </message>
    <message>
        <source>a line that is no “- key: value”</source>
        <translation>不是“- 键: 值”格式的行</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>an item before any category</source>
        <translation>事项前没有分类</translation>
    </message>
    <message>
        <source>a field outside any item</source>
        <translation>字段不属于任何事项</translation>
    </message>
    <message>
        <source>a time limit that is no number of days</source>
        <translation>办理时限不是天数</translation>
    </message>
    <message>
        <source>The manual&apos;s source cannot be read (line {line}): {reason}: {text}</source>
        <translation>无法读取手册源文件（第 {line} 行）：{reason}：{text}</translation>
    </message>
    <message>
        <source>{path} has no sheet of manual items (sheets: {detail}).</source>
        <translation>{path} 中没有手册事项工作表（工作表：{detail}）。</translation>
    </message>
    <message>
        <source>{path} has {detail} problems; nothing was imported.</source>
        <translation>{path} 有 {detail} 处问题；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Manual item {code}</source>
        <translation>手册事项 {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ManualImportDialog</name>
    <message>
        <source>Import the manual</source>
        <translation>导入履职手册</translation>
    </message>
    <message>
        <source>Manual workbook</source>
        <translation>手册工作簿</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Correct these cells in the workbook and choose it again; nothing is imported while one is wrong.</source>
        <translation>请在工作簿中改正这些单元格后重新选择；只要有一处错误就不会导入。</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>已导入：{counts}。</translation>
    </message>
</context>
<context>
    <name>ManualView</name>
    <message>
        <source>Find by code, demand, department or word</source>
        <translation>按编号、诉求、部门或关键词查找</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>时限（天）</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>修改事项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新增事项(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation>删除事项(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook…</source>
        <translation>导出工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>{items} items in {categories} categories</source>
        <translation>{categories} 大类 {items} 项</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Delete {item}? Findings and work orders it routes will show no manual item until another covers them.</source>
        <translation>删除 {item}？由它对应的问题和工单将没有手册事项，直到另有事项覆盖。</translation>
    </message>
    <message>
        <source>Export the manual</source>
        <translation>导出履职手册</translation>
    </message>
    <message>
        <source>Responsibility manual.xlsx</source>
        <translation>部门联动履职手册.xlsx</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RouteCard</name>
    <message>
        <source>No manual item applies; the department given is kept.</source>
        <translation>没有对应的手册事项，沿用填写的部门。</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>配合部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Residents report</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <source>What</source>
        <translation>干什么</translation>
    </message>
    <message>
        <source>How</source>
        <translation>怎么干</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>怎么配合</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
</TS>
