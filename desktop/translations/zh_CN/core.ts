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
        <source>Demo store {path}: {compounds} compounds, {inspections} inspections, {findings} findings, {photos} photos, {work_orders} hotline work orders.</source>
        <translation>演示数据库 {path}：小区 {compounds} 个，巡查 {inspections} 次，问题 {findings} 条，照片 {photos} 张，12345 工单 {work_orders} 件。</translation>
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
        <source>{path} is protected by a password. Save it without a password and try again.</source>
        <translation>{path} 设有密码保护。请另存为无密码的文件后重试。</translation>
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
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>“{ref}” matches several compounds: {matches}. Give the full name or the id.</source>
        <translation>“{ref}”对应多个小区：{matches}。请输入完整名称或编号。</translation>
    </message>
    <message>
        <source>No compound is called “{ref}”.</source>
        <translation>没有名为“{ref}”的小区。</translation>
    </message>
</context>
</TS>
