<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>the store to use (default: {path})</source>
        <translation>要使用的数据库（默认：{path}）</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>XunCha: offline inspection of residential compounds.</source>
        <translation>巡查：小区离线检查工具。</translation>
    </message>
    <message>
        <source>build a demo store with realistic data</source>
        <translation>生成含示例数据的演示数据库</translation>
    </message>
    <message>
        <source>encrypt the demo store (passphrase from XUNCHA_PASSPHRASE, else typed twice)</source>
        <translation>加密演示数据库（口令取自 XUNCHA_PASSPHRASE，否则输入两遍）</translation>
    </message>
    <message>
        <source>check the integrity of the store and its photos</source>
        <translation>检查数据库及照片文件夹的完整性</translation>
    </message>
    <message>
        <source>{path} already holds data; the demo needs a new store.</source>
        <translation>{path} 中已有数据；演示数据需要一个新的数据库。</translation>
    </message>
    <message>
        <source>Building the demo store</source>
        <translation>正在生成演示数据库</translation>
    </message>
    <message>
        <source>Demo store {path}: {compounds} compounds, {inspections} inspections, {findings} findings, {photos} photos, {work_orders} hotline work orders, {helpers} helpers, {projects} livelihood projects, {problems} ledger problems.</source>
        <translation>演示数据库 {path}：小区 {compounds} 个，检查 {inspections} 次，问题 {findings} 条，照片 {photos} 张，12345 工单 {work_orders} 件，帮带人员和单位 {helpers} 个，民生项目 {projects} 个，台账问题 {problems} 条。</translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation>{path}：未发现问题。</translation>
    </message>
    <message>
        <source>Warning: spreadsheets are read without protection from XML bombs (defusedxml is missing or OPENPYXL_DEFUSEDXML is set).</source>
        <translation>警告：读取电子表格时没有 XML 炸弹防护（缺少 defusedxml，或设置了 OPENPYXL_DEFUSEDXML）。</translation>
    </message>
    <message>
        <source>xuncha-cli: internal error ({error}); the report could not be written: {reason}</source>
        <translation>xuncha-cli：内部错误（{error}）；错误报告无法写入：{reason}</translation>
    </message>
    <message>
        <source>xuncha-cli: interrupted</source>
        <translation>xuncha-cli：已中断</translation>
    </message>
    <message>
        <source>xuncha-cli: internal error ({error}); details in {log}</source>
        <translation>xuncha-cli：内部错误（{error}）；详情见 {log}</translation>
    </message>
    <message>
        <source>The store {path} is busy: another program is writing to it. Close it and try again.</source>
        <translation>数据库 {path} 正忙：另一个程序正在写入。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The store {path} cannot be written: the file or its folder is read-only.</source>
        <translation>无法写入数据库 {path}：文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full or failing; nothing was saved. Free some space and try again.</source>
        <translation>{path} 所在磁盘已满或出现故障，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <source>{path} is not a XunCha store (not an SQLite database, or damaged). It was left untouched.</source>
        <translation>{path} 不是巡查数据库（不是 SQLite 数据库或已损坏）。该文件未被改动。</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened: {detail}</source>
        <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
    <message>
        <source>The store {path} was written by a newer version of XunCha ({detail}). Update XunCha to open it; the file was left untouched.</source>
        <translation>数据库 {path} 由更新版本的巡查写入（{detail}）。请升级巡查后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>The store {path} is already open in another XunCha window.</source>
        <translation>数据库 {path} 已在另一个巡查窗口中打开。</translation>
    </message>
    <message>
        <source>The store {path} is encrypted: give its passphrase.</source>
        <translation>数据库 {path} 已加密：请提供口令。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the store {path}; nothing was opened or changed.</source>
        <translation>数据库 {path} 的口令不正确；未打开也未改动任何内容。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>无法读取文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>文件 {path} 是空的。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{path} 不是电子表格（.xlsx、.xls、.ods 或 .csv）。</translation>
    </message>
    <message>
        <source>{path} is too large to read safely ({detail}).</source>
        <translation>{path} 过大，无法安全读取（{detail}）。</translation>
    </message>
    <message>
        <source>{path} expands to far more data than its size suggests ({detail}); it was refused as unsafe.</source>
        <translation>{path} 解压后的数据量远超其文件大小（{detail}），出于安全考虑已拒绝。</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated: {detail}</source>
        <translation>{path} 已损坏或不完整：{detail}</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text.</source>
        <translation>{path} 既不是 UTF-8 也不是 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <source>{name} is not a photo XunCha can read (JPEG, PNG, WebP …).</source>
        <translation>{name} 不是巡查能读取的照片（JPEG、PNG、WebP 等）。</translation>
    </message>
    <message>
        <source>{name} has too many pixels to be a photo; it was refused.</source>
        <translation>{name} 像素过多，不像是照片，已拒绝。</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>A finding needs its responsible party, or “to be determined” (待查明) while it is not known.</source>
        <translation>问题须写明责任主体；尚不清楚的，写“待查明”。</translation>
    </message>
    <message>
        <source>The inspection {number} is final: a finding is added to it only while changing it, with a reason.</source>
        <translation>检查 {number} 已定稿：只有在“修改”并说明理由时才能补登问题。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>“{ref}” matches several compounds: {matches}. Give the full name or the id.</source>
        <translation>“{ref}”对应多个小区：{matches}。请输入完整名称或编号。</translation>
    </message>
    <message>
        <source>{path} is protected by a password. Give its password where XunCha asks for it (XUNCHA_EXPORT_PASSWORD on the command line), or save it without one.</source>
        <translation>{path} 受密码保护。请在巡查询问时输入密码（命令行用 XUNCHA_EXPORT_PASSWORD），或将文件另存为无密码的版本。</translation>
    </message>
    <message>
        <source>Wrong password for {path}; nothing was read.</source>
        <translation>{path} 的密码不正确；未读取任何内容。</translation>
    </message>
    <message>
        <source>No compound is called “{ref}”.</source>
        <translation>没有名为“{ref}”的小区。</translation>
    </message>
    <message>
        <source>Passphrase of {path}: </source>
        <translation>{path} 的口令：</translation>
    </message>
    <message>
        <source>{what} is needed: set {variable}, or run the command in a terminal to type it.</source>
        <translation>需要{what}：请设置 {variable}，或在终端中运行此命令并输入。</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>再输入一遍：</translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>两次输入不一致；未做任何改动。</translation>
    </message>
    <message>
        <source>Who does this? Give --who NAME, or set the officer&apos;s name in the settings of the window.</source>
        <translation>操作人是谁？请用 --who 姓名 指明，或在窗口的设置中填写人员姓名。</translation>
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
        <source>must be a whole number of at least 1, not {text}</source>
        <translation>须为不小于1的整数，而不是 {text}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
