<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>stale (already superseded)</source>
        <translation>已过时（已有更新版本）</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>“{value}” is not a value of this column&apos;s type</source>
        <translation>“{value}”不是本列要求的类型</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}”不在可选项中</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>“{value}” breaks the item&apos;s rule</source>
        <translation>“{value}”不符合该检查项的规则</translation>
    </message>
    <message>
        <source>the cell holds a spreadsheet error (such as #DIV/0!)</source>
        <translation>单元格是表格错误值（如 #DIV/0!）</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2026-11-27</source>
        <translation>“{value}”不是 2026-11-27 这样的日期</translation>
    </message>
    <message>
        <source>“{value}” is not a time like 2026-11-27T08:30:00Z</source>
        <translation>“{value}”不是 2026-11-27T08:30:00Z 这样的时间</translation>
    </message>
    <message>
        <source>the record {value} appears twice</source>
        <translation>记录 {value} 出现了两次</translation>
    </message>
    <message>
        <source>it refers to {value}, which neither the file nor the store has</source>
        <translation>引用了 {value}，但文件和数据库中都没有</translation>
    </message>
    <message>
        <source>its checklist version is neither in the file nor the store</source>
        <translation>文件和数据库中都没有它使用的检查表版本</translation>
    </message>
    <message>
        <source>the store has a different checklist {value}</source>
        <translation>数据库中已有不同内容的检查表 {value}</translation>
    </message>
    <message>
        <source>the checklist {value} in the file is damaged</source>
        <translation>文件中的检查表 {value} 已损坏</translation>
    </message>
    <message>
        <source>the row is incomplete: {detail}</source>
        <translation>该行不完整：{detail}</translation>
    </message>
    <message>
        <source>“{value}” is outside 0 to {detail}</source>
        <translation>“{value}”不在0到{detail}之间</translation>
    </message>
    <message>
        <source>the row of {value} is missing</source>
        <translation>缺少{value}这一行</translation>
    </message>
    <message>
        <source>the row {value} is not one this file was made for</source>
        <translation>{value}这一行不是本表原有的行</translation>
    </message>
    <message>
        <source>the column “{value}” is missing</source>
        <translation>缺少“{value}”这一列</translation>
    </message>
    <message>
        <source>nothing is filled in</source>
        <translation>表中没有填写任何分数</translation>
    </message>
    <message>
        <source>the file is for the quarter “{value}”, which has no review or evaluation in this store</source>
        <translation>该表对应的季度“{value}”在库中没有述职评议或考核</translation>
    </message>
    <message>
        <source>the file is for “{value}”, which does not score this quarter</source>
        <translation>该表对应的“{value}”不参加本季度评议</translation>
    </message>
    <message>
        <source>{reason}: {value}</source>
        <translation>{reason}：{value}</translation>
    </message>
    <message>
        <source>The store changed after the last import ({changes}); undoing it would lose those changes, so nothing was undone. Undo anyway with --force.</source>
        <translation>上次导入之后数据库又有改动（{changes}），撤销导入会丢失这些改动，因此没有撤销。如仍要撤销，请加 --force。</translation>
    </message>
    <message>
        <source>The photo archive {path} is protected by a password; give the workbook&apos;s password.</source>
        <translation>照片压缩包 {path} 受密码保护；请输入工作簿的密码。</translation>
    </message>
    <message>
        <source>Wrong password for the photo archive {path}; nothing was read.</source>
        <translation>照片压缩包 {path} 的密码不正确；未读取任何内容。</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation>，列 {column}</translation>
    </message>
    <message>
        <source>the hidden id “{value}” is not an id XunCha writes (the row is not an exported record)</source>
        <translation>隐藏的编号“{value}”不是巡查软件生成的编号（该行不是导出的记录）</translation>
    </message>
    <message>
        <source>the hidden id {value} was changed by hand (it is not the id this row was exported with); put the original id back</source>
        <translation>隐藏的编号 {value} 被手工改动过（不是该行导出时的编号），请改回原编号</translation>
    </message>
    <message>
        <source>the hidden version {value} was changed by hand (neither the file nor the store has it); put the original version back</source>
        <translation>隐藏的版本 {value} 被手工改动过（文件和数据库中都没有这个版本），请改回原版本</translation>
    </message>
    <message>
        <source>… and {count} more rows were not checked (the problems above refuse the file already).</source>
        <translation>……另有 {count} 行未检查（以上问题已足以拒绝导入该文件）。</translation>
    </message>
    <message>
        <source>The photo archive is missing ({detail} photos); the records are imported and the photos can follow with the .zip later.</source>
        <translation>缺少照片压缩包（{detail} 张照片）；记录照常导入，照片可稍后随 .zip 文件补充。</translation>
    </message>
    <message>
        <source>The photo archive lacks some photos ({detail}).</source>
        <translation>照片压缩包中缺少部分照片（{detail}）。</translation>
    </message>
    <message>
        <source>Columns missing from the sheet (values kept): {detail}</source>
        <translation>工作表中缺少以下列（保留原值）：{detail}</translation>
    </message>
    <message>
        <source>A damaged history row was skipped: {detail}</source>
        <translation>已跳过一条损坏的修改历史：{detail}</translation>
    </message>
    <message>
        <source>The sheet {detail} holds no kind of record XunCha knows; it was left out.</source>
        <translation>工作表“{detail}”不是巡查能识别的记录表，已跳过。</translation>
    </message>
    <message>
        <source>This file was already imported ({detail}); importing it again changes nothing.</source>
        <translation>此文件已经导入过（{detail}），再次导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>This file replaces the scores {detail} gave before.</source>
        <translation>此表将替换{detail}此前的评分。</translation>
    </message>
    <message>
        <source>Two files of {detail} in this batch; the later one replaces the earlier.</source>
        <translation>本批有{detail}的两份表，后一份替换前一份。</translation>
    </message>
    <message>
        <source>{count} changes of records</source>
        <translation>记录修改 {count} 处</translation>
    </message>
    <message>
        <source>{count} campaign moves</source>
        <translation>整治阶段变更 {count} 次</translation>
    </message>
    <message>
        <source>{count} changes of settings</source>
        <translation>设置修改 {count} 处</translation>
    </message>
    <message>
        <source>{count} conflict choices</source>
        <translation>冲突处理 {count} 次</translation>
    </message>
    <message>
        <source>{count} changes of conflicts</source>
        <translation>冲突变化 {count} 处</translation>
    </message>
    <message>
        <source>{count} changes of hotline work orders</source>
        <translation>热线工单变化 {count} 处</translation>
    </message>
    <message>
        <source>{count} compound aliases</source>
        <translation>小区别名 {count} 条</translation>
    </message>
    <message>
        <source>{count} remembered column mappings</source>
        <translation>记住的列对应关系 {count} 条</translation>
    </message>
    <message>
        <source>{count} dismissed nominations</source>
        <translation>不予提名 {count} 条</translation>
    </message>
    <message>
        <source>{count} rectification notices</source>
        <translation>整改通知书 {count} 份</translation>
    </message>
    <message>
        <source>{count} changes of photos</source>
        <translation>照片变化 {count} 处</translation>
    </message>
    <message>
        <source>{count} changes of the device&apos;s name</source>
        <translation>设备名称修改 {count} 处</translation>
    </message>
    <message>
        <source>{count} checklists</source>
        <translation>检查表 {count} 份</translation>
    </message>
    <message>
        <source>{count} changes of {table}</source>
        <translation>{table} 表变化 {count} 处</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{path} is not a XunCha export (it has no sync metadata).</source>
        <translation>{path} 不是巡查软件导出的文件（没有同步信息）。</translation>
    </message>
    <message>
        <source>Spreadsheets cannot be read safely: defusedxml is missing or OPENPYXL_DEFUSEDXML is set to something other than True.</source>
        <translation>无法安全读取表格：缺少 defusedxml，或 OPENPYXL_DEFUSEDXML 被设置为 True 以外的值。</translation>
    </message>
    <message>
        <source>{path} was not imported: {count} problems (nothing was changed).</source>
        <translation>{path} 未导入：有 {count} 处问题（数据未作任何改动）。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <source>The backup taken before the last import is missing ({detail}); nothing was undone.</source>
        <translation>上次导入前的备份不见了（{detail}），未撤销。</translation>
    </message>
    <message>
        <source>{path} names a photo “{detail}” outside its photos folder; the file was refused as unsafe.</source>
        <translation>{path} 中的照片“{detail}”指向照片文件夹以外的位置，该文件不安全，已拒绝。</translation>
    </message>
    <message>
        <source>{path} expands to far more data than its size suggests ({detail}); it was refused as unsafe.</source>
        <translation>{path} 解压后的数据量远超其文件大小（{detail}），不安全，已拒绝。</translation>
    </message>
    <message>
        <source>The photo archive {path} is damaged: {detail}</source>
        <translation>照片压缩包 {path} 已损坏：{detail}</translation>
    </message>
    <message>
        <source>The photo {detail} in {path} does not match its SHA-256; the file was refused.</source>
        <translation>{path} 中的照片 {detail} 与其 SHA-256 不符，已拒绝该文件。</translation>
    </message>
    <message>
        <source>export the store to a workbook for merging</source>
        <translation>把数据导出为可合并的表格</translation>
    </message>
    <message>
        <source>the .xlsx to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>only records changed on or after this date (YYYY-MM-DD)</source>
        <translation>只导出此日期（YYYY-MM-DD）及以后修改的记录</translation>
    </message>
    <message>
        <source>only this compound (name or id); repeat for more</source>
        <translation>只导出该小区（名称或编号）；可重复指定多个</translation>
    </message>
    <message>
        <source>leave out the long sheet of answers (faster for big exports)</source>
        <translation>不写“答案明细”表（大批量导出更快）</translation>
    </message>
    <message>
        <source>import officers&apos; workbooks into the store</source>
        <translation>把队员的表格导入数据库</translation>
    </message>
    <message>
        <source>exported workbooks (.xlsx)</source>
        <translation>导出的表格（.xlsx）</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>只显示将会发生的变化，不作改动</translation>
    </message>
    <message>
        <source>undo the last import (from its backup)</source>
        <translation>撤销上一次导入（用导入前的备份）</translation>
    </message>
    <message>
        <source>undo even though the store changed after the import (those changes are lost)</source>
        <translation>即使导入后数据库有改动也撤销（这些改动将丢失）</translation>
    </message>
    <message>
        <source>merge workbooks into one, without a store</source>
        <translation>不用数据库，把多个表格合并为一个</translation>
    </message>
    <message>
        <source>write the package for officers: compounds, open findings, checklists</source>
        <translation>生成发给队员的数据包：小区、未销号问题、检查表</translation>
    </message>
    <message>
        <source>mask phone, ID card and bank card numbers in text (default: the store&apos;s setting for the package, masked unless changed)</source>
        <translation>对文字中的电话号码、身份证号和银行卡号脱敏（默认：按本库对数据包的设置，未改动时脱敏）</translation>
    </message>
    <message>
        <source>list merge conflicts, or choose a value</source>
        <translation>列出合并冲突，或选定取值</translation>
    </message>
    <message>
        <source>include resolved conflicts</source>
        <translation>包括已解决的冲突</translation>
    </message>
    <message>
        <source>keep the value of this version for the field</source>
        <translation>该字段采用此版本的值</translation>
    </message>
    <message>
        <source>protect the workbook and its photo archive with a password (XUNCHA_EXPORT_PASSWORD, else typed twice)</source>
        <translation>用密码保护工作簿及其照片压缩包（密码取自 XUNCHA_EXPORT_PASSWORD，否则输入两遍）</translation>
    </message>
    <message>
        <source>Password for {file}: </source>
        <translation>{file} 的密码：</translation>
    </message>
    <message>
        <source>--since needs a date like 2026-11-01, not {text}</source>
        <translation>--since 需要 2026-11-01 这样的日期，而不是 {text}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Wrote {file}: {compounds} compounds, {inspections} inspections, {findings} findings.</source>
        <translation>已写入 {file}：小区 {compounds} 个，检查 {inspections} 次，问题 {findings} 条。</translation>
    </message>
    <message>
        <source>{photos} photos in {zip}.</source>
        <translation>照片 {photos} 张，在 {zip} 中。</translation>
    </message>
    <message>
        <source>{count} photo files were missing from the store.</source>
        <translation>数据库中缺少 {count} 个照片文件。</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Not imported: fix the cells above and import the file again; nothing was changed.</source>
        <translation>未导入：请改正上面列出的单元格后重新导入；数据未作任何改动。</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>（试运行：未写入任何数据）</translation>
    </message>
    <message>
        <source>Imported; backup of the store before: {backup}</source>
        <translation>已导入；导入前的数据库备份：{backup}</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Wrote {count} workbooks to {folder}.</source>
        <translation>已在{folder}生成{count}个表格。</translation>
    </message>
    <message>
        <source>Undid the import of {file} ({when}).</source>
        <translation>已撤销 {file} 的导入（{when}）。</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
    <message>
        <source>{count} conflicts kept with a provisional winner.</source>
        <translation>有 {count} 处冲突，已按规则暂定取值并保留双方的值。</translation>
    </message>
    <message>
        <source>{file} was left out: {count} problems.</source>
        <translation>{file} 未合并：有 {count} 处问题。</translation>
    </message>
    <message>
        <source>No such conflict or version.</source>
        <translation>没有这个冲突或版本。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export for merging…</source>
        <translation>导出用于汇总(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;history and undo…</source>
        <translation>导入记录与撤销(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>同时显示已解决的冲突</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>各方的值</translation>
    </message>
    <message>
        <source>Keep the chosen value</source>
        <translation>采用所选的值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>open (provisional winner)</source>
        <translation>待处理（暂定取值）</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>请在上面选择一个冲突。</translation>
    </message>
    <message>
        <source>Base (the common version): {value}</source>
        <translation>基准（共同的上一版本）：{value}</translation>
    </message>
    <message>
        <source>ours (in the store now)</source>
        <translation>本方（数据库当前值）</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>{role}: {value} — {device}, {time}</source>
        <translation>{role}：{value} — 设备 {device}，{time}</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Export for merging</source>
        <translation>导出合并用表格</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Only records changed since</source>
        <translation>只导出此日期以后修改的记录</translation>
    </message>
    <message>
        <source>Package for officers: compounds, open findings and checklists only</source>
        <translation>下发给队员的数据包：只含小区、未销号问题和检查表</translation>
    </message>
    <message>
        <source>Include the long sheet of answers (for analysis)</source>
        <translation>包括“答案明细”表（用于分析）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {file}: {compounds} compounds, {inspections} inspections, {findings} findings.</source>
        <translation>已写入 {file}：小区 {compounds} 个，检查 {inspections} 次，问题 {findings} 条。</translation>
    </message>
    <message>
        <source>Send {zip} with it: it holds the photos.</source>
        <translation>请把 {zip} 一起发送，其中是照片。</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>撤销上一次导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>The store changed after this import: {changes}. Undoing the import also discards those changes. Undo anyway?</source>
        <translation>这次导入之后数据库又有改动：{changes}。撤销导入也会丢弃这些改动。仍要撤销吗？</translation>
    </message>
    <message>
        <source>Put the store back as it was before importing {file} ({when})?</source>
        <translation>把数据库恢复到导入 {file}（{when}）之前的状态？</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Import officers&apos; workbooks</source>
        <translation>导入队员的表格</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop workbooks (.xlsx) here, or add them with the button. Nothing is written before you press Import.</source>
        <translation>把表格（.xlsx）拖到这里，或用按钮添加。按“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>(edited in the spreadsheet)</source>
        <translation>（在表格中修改过）</translation>
    </message>
    <message>
        <source>conflicts: {fields}</source>
        <translation>冲突字段：{fields}</translation>
    </message>
    <message>
        <source>will not be imported</source>
        <translation>不会导入</translation>
    </message>
    <message>
        <source>{done} files imported; {same} had nothing new.</source>
        <translation>已导入 {done} 个文件；{same} 个文件没有新内容。</translation>
    </message>
</context>
<context>
    <name>TemplatesImportDialog</name>
    <message>
        <source>Folder for the workbooks</source>
        <translation>评分表存放文件夹</translation>
    </message>
    <message>
        <source>Wrote {count} workbooks to {folder}.</source>
        <translation>已在{folder}生成{count}个表格。</translation>
    </message>
    <message>
        <source>Drop the filled-in workbooks here. Nothing is written before you press Import; a file with any problem is left out whole.</source>
        <translation>把填好的评分表拖到这里。点“导入”之前不会写入任何内容；有问题的文件整份不导入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>{good} of {count} files can be imported.</source>
        <translation>{count}个文件中有{good}个可以导入。</translation>
    </message>
    <message>
        <source>{count} files imported; the import can be undone in the sync history.</source>
        <translation>已导入{count}个文件；可在导入记录中撤销。</translation>
    </message>
</context>
</TS>
