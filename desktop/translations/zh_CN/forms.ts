<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>list, show, export and import checklists</source>
        <translation>列出、查看、导出和导入检查表</translation>
    </message>
    <message>
        <source>list the checklists</source>
        <translation>列出检查表</translation>
    </message>
    <message>
        <source>show a checklist&apos;s items</source>
        <translation>查看检查表的检查项</translation>
    </message>
    <message>
        <source>the checklist&apos;s form id, e.g. parking</source>
        <translation>检查表的表单编号，例如 parking</translation>
    </message>
    <message>
        <source>export a checklist as .xlsx (its lists beside it) or as one .zip</source>
        <translation>导出检查表为 .xlsx（选项清单文件放在旁边）或一个 .zip</translation>
    </message>
    <message>
        <source>the checklist&apos;s form id</source>
        <translation>检查表的表单编号</translation>
    </message>
    <message>
        <source>the .xlsx or .zip to write</source>
        <translation>要写入的 .xlsx 或 .zip</translation>
    </message>
    <message>
        <source>import an XLSForm checklist (.xlsx, .xls, .ods, or a .zip with its lists)</source>
        <translation>导入 XLSForm 检查表（.xlsx、.xls、.ods，或连同清单文件的 .zip）</translation>
    </message>
    <message>
        <source>an XLSForm workbook or zip</source>
        <translation>XLSForm 工作簿或 zip</translation>
    </message>
    <message>
        <source>check only, change nothing</source>
        <translation>只检查，不做任何修改</translation>
    </message>
    <message>
        <source>No checklist named {name}. Known: {known}</source>
        <translation>没有名为 {name} 的检查表。现有：{known}</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>已写入 {files}。</translation>
    </message>
    <message>
        <source>{form_id} {version} is already in the store; nothing changed.</source>
        <translation>{form_id} {version} 已在数据库中，未做修改。</translation>
    </message>
    <message>
        <source>{form_id} {version}: a new checklist with {items} items.</source>
        <translation>{form_id} {version}：新检查表，共 {items} 项。</translation>
    </message>
    <message>
        <source>{form_id} {version}: a new version (the store had {old}) with {items} items.</source>
        <translation>{form_id} {version}：新版本（原为 {old}），共 {items} 项。</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>the item type “{detail}” is not supported</source>
        <translation>不支持检查项类型“{detail}”</translation>
    </message>
    <message>
        <source>the column “{detail}” is an XLSForm feature XunCha does not support</source>
        <translation>列“{detail}”是巡查不支持的 XLSForm 功能</translation>
    </message>
    <message>
        <source>“{detail}” is not supported (it needs a server, a phone or an earlier record)</source>
        <translation>不支持“{detail}”（它需要服务器、手机或以前的记录）</translation>
    </message>
    <message>
        <source>the sheet “{detail}” is an XLSForm feature XunCha does not support</source>
        <translation>工作表“{detail}”是巡查不支持的 XLSForm 功能</translation>
    </message>
    <message>
        <source>the function {detail}() is not supported</source>
        <translation>不支持函数 {detail}()</translation>
    </message>
    <message>
        <source>“{detail}” is not supported in expressions</source>
        <translation>表达式中不支持“{detail}”</translation>
    </message>
    <message>
        <source>the expression “{detail}” is not valid</source>
        <translation>表达式“{detail}”无效</translation>
    </message>
    <message>
        <source>the expression refers to unknown items: {detail}</source>
        <translation>表达式引用了不存在的检查项：{detail}</translation>
    </message>
    <message>
        <source>the expression looks up a list the form does not have: {detail}</source>
        <translation>表达式查找的清单在表单中不存在：{detail}</translation>
    </message>
    <message>
        <source>the list file {detail} is neither beside the form nor in its zip</source>
        <translation>清单文件 {detail} 既不在表单旁边，也不在表单的 zip 中</translation>
    </message>
    <message>
        <source>the column “{detail}” appears twice</source>
        <translation>列“{detail}”出现了两次</translation>
    </message>
    <message>
        <source>the name “{detail}” is used by two items</source>
        <translation>名称“{detail}”被两个检查项使用</translation>
    </message>
    <message>
        <source>severity must be critical, major or minor, not “{detail}”</source>
        <translation>严重程度只能是 critical、major 或 minor，不能是“{detail}”</translation>
    </message>
    <message>
        <source>weight must be a number of zero or more, not “{detail}”</source>
        <translation>权重必须是大于或等于零的数字，不能是“{detail}”</translation>
    </message>
    <message>
        <source>compliance must be pass, fail or na, not “{detail}”</source>
        <translation>合规取值只能是 pass、fail 或 na，不能是“{detail}”</translation>
    </message>
    <message>
        <source>there is no “survey” sheet (sheets: {detail})</source>
        <translation>缺少“survey”工作表（现有工作表：{detail}）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation>，列 {column}</translation>
    </message>
    <message>
        <source>Checklist not accepted ({where}): {what}</source>
        <translation>检查表未被接受（{where}）：{what}</translation>
    </message>
    <message>
        <source>The form has no form_id; it is called “{detail}” (from its title or file name).</source>
        <translation>表单没有 form_id，已命名为“{detail}”（取自标题或文件名）。</translation>
    </message>
    <message>
        <source>The form has no version; it gets {detail} (from its content).</source>
        <translation>表单没有版本号，已给出 {detail}（取自内容）。</translation>
    </message>
    <message>
        <source>Locations ({detail} …) are typed as coordinates or as a building / unit: a laptop has no GPS.</source>
        <translation>位置（{detail} 等）以坐标或楼栋/单元文字录入：笔记本电脑没有 GPS。</translation>
    </message>
    <message>
        <source>Barcodes ({detail} …) are typed: a laptop has no scanner.</source>
        <translation>条码（{detail} 等）需手工录入：笔记本电脑没有扫码器。</translation>
    </message>
    <message>
        <source>Audio, video and files ({detail} …) are not collected on a laptop.</source>
        <translation>录音、视频和文件（{detail} 等）不在笔记本电脑上采集。</translation>
    </message>
    <message>
        <source>Pictures and sounds in labels ({detail}) are not shown.</source>
        <translation>标签中的图片和声音（{detail}）不显示。</translation>
    </message>
    <message>
        <source>The starting location ({detail}) stays empty: a laptop has no GPS.</source>
        <translation>起始位置（{detail}）留空：笔记本电脑没有 GPS。</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>it is neither UTF-8 nor GB18030 text</source>
        <translation>既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>The list file {name} cannot be read: {why}. {detail}</source>
        <translation>无法读取清单文件 {name}：{why}。{detail}</translation>
    </message>
    <message>
        <source>The store already has a different {form_id} version {version}. Give the changed checklist a new version in its settings sheet.</source>
        <translation>数据库中已有内容不同的 {form_id} 版本 {version}。请在 settings 工作表中为修改后的检查表填写新的版本号。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>BlockFrame</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this block and its answers?</source>
        <translation>删除这一处及其答案？</translation>
    </message>
    <message>
        <source>This answer is not allowed here.</source>
        <translation>该答案不符合要求。</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>Choose a value from {start} to {end}.</source>
        <translation>请选择 {start} 到 {end} 之间的值。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>请输入日期和时间。</translation>
    </message>
    <message>
        <source>Enter a time such as 08:30.</source>
        <translation>请输入时间，如 08:30。</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>该答案无效。</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Record a finding…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <source>Recorded on a phone or tablet; not collected on this laptop.</source>
        <translation>用手机或平板采集；本机不采集。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Finding {number} recorded — another…</source>
        <translation>已登记问题 {number}，再登记一个…</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>Latitude longitude (35.1 118.3), or building / unit</source>
        <translation>纬度 经度（35.1 118.3），或楼栋/单元</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>or drop photos here</source>
        <translation>或把照片拖到这里</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>照片（{patterns}）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <source>None yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>添加{what}</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
</TS>
