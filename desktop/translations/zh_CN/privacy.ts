<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>encrypt the store, its photos and backups in place</source>
        <translation>就地加密数据库及其照片和备份</translation>
    </message>
    <message>
        <source>turn an encrypted store back into a plain one</source>
        <translation>将加密的数据库还原为未加密</translation>
    </message>
    <message>
        <source>give an encrypted store a new passphrase</source>
        <translation>为加密的数据库更换口令</translation>
    </message>
    <message>
        <source>who opened the store, exported, printed or imported</source>
        <translation>谁打开了数据库，导出、打印或导入了什么</translation>
    </message>
    <message>
        <source>the newest N entries (0: all)</source>
        <translation>最近的 N 条（0：全部）</translation>
    </message>
    <message>
        <source>New passphrase (at least {n} characters): </source>
        <translation>新口令（至少 {n} 个字符）：</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Passphrase of {path}: </source>
        <translation>{path} 的口令：</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>{path} is encrypted</source>
        <translation>{path} 已加密</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>正在解密</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted</source>
        <translation>{path} 已不再加密</translation>
    </message>
    <message>
        <source>{path} has its new passphrase</source>
        <translation>{path} 已更换口令</translation>
    </message>
    <message>
        <source> (database converted: {database}; photos: {photos}; backups: {backups}).</source>
        <translation>（数据库已转换：{database}；照片：{photos} 张；备份：{backups} 份）。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, it already was</source>
        <translation>否，原本就是</translation>
    </message>
    <message>
        <source>This store&apos;s settings require encrypted workbooks: give a password to export {path} (--encrypt on the command line).</source>
        <translation>本数据库的设置要求工作簿加密：导出 {path} 时请设置密码（命令行用 --encrypt）。</translation>
    </message>
    <message>
        <source>This store&apos;s settings accept only encrypted workbooks; {path} is not encrypted and was not imported.</source>
        <translation>本数据库的设置只接受加密的工作簿；{path} 未加密，未导入。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of {files}:</source>
        <translation>{files} 的密码：</translation>
    </message>
    <message>
        <source>Protect the workbook and its photos with a password</source>
        <translation>用密码保护工作簿及其照片</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再输入一遍：</translation>
    </message>
    <message>
        <source>Type the password twice.</source>
        <translation>请将密码输入两遍。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>opened the store</source>
        <translation>打开了数据库</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>undid an import</source>
        <translation>撤销了一次导入</translation>
    </message>
    <message>
        <source>encrypted the store</source>
        <translation>加密了数据库</translation>
    </message>
    <message>
        <source>decrypted the store</source>
        <translation>解密了数据库</translation>
    </message>
    <message>
        <source>changed the passphrase</source>
        <translation>更换了口令</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>wrong passphrase at the lock</source>
        <translation>解锁时口令错误</translation>
    </message>
    <message>
        <source>Inspection records</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>巡查工作简报</translation>
    </message>
    <message>
        <source>Street quarterly reports</source>
        <translation>街道季度述职报告</translation>
    </message>
    <message>
        <source>Compound files</source>
        <translation>小区档案</translation>
    </message>
    <message>
        <source>Circulars of the street review</source>
        <translation>提级述职通报</translation>
    </message>
    <message>
        <source>Property rankings</source>
        <translation>物业考核排名</translation>
    </message>
    <message>
        <source>The problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>The package for officers (workbook)</source>
        <translation>下发给检查人员的数据包（工作簿）</translation>
    </message>
    <message>
        <source>XunCha: passphrase</source>
        <translation>巡查：口令</translation>
    </message>
    <message>
        <source>The store {path} is encrypted. Type its passphrase:</source>
        <translation>数据库 {path} 已加密，请输入口令：</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>XunCha is locked</source>
        <translation>巡查已锁定</translation>
    </message>
    <message>
        <source>XunCha was locked after a while without use. Type the passphrase of {path} to go on.</source>
        <translation>巡查因一段时间无操作已锁定。请输入 {path} 的口令以继续。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>口令不正确。</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>Protect the data on this laptop</source>
        <translation>保护本机上的数据</translation>
    </message>
    <message>
        <source>The store will hold residents&apos; names, phone numbers, addresses and photos. Protected by a passphrase, it cannot be read by anyone who finds the laptop or copies the file. The passphrase cannot be recovered: keep it safe.</source>
        <translation>数据库将保存居民的姓名、电话、住址和照片。设置口令后，即使笔记本电脑丢失或文件被拷走，他人也无法读取。口令无法找回，请妥善保管。</translation>
    </message>
    <message>
        <source>Protect with a passphrase (recommended)</source>
        <translation>设置口令保护（推荐）</translation>
    </message>
    <message>
        <source>Do not protect</source>
        <translation>不保护</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>再输入一遍(&amp;O)：</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and access log</source>
        <translation>隐私与访问日志</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <source>This store is encrypted (SQLCipher, AES-256): without its passphrase the file, its backups and its photos cannot be read.</source>
        <translation>本数据库已加密（SQLCipher，AES-256）：没有口令，数据库文件、备份和照片都无法读取。</translation>
    </message>
    <message>
        <source>This store is not encrypted: anyone who copies {path} can read it. Close XunCha and run “xuncha-cli encrypt --db {path}” to encrypt it, with its photos and backups.</source>
        <translation>本数据库未加密：任何人拷走 {path} 都能读取。请关闭巡查并运行“xuncha-cli encrypt --db {path}”，加密数据库及其照片和备份。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Require encrypted workbooks (exports, packages and imports)</source>
        <translation>要求工作簿加密（导出、下发数据包和导入）</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>无操作后锁定：</translation>
    </message>
    <message>
        <source>Mask phone, ID card and bank card numbers in</source>
        <translation>在以下文件中对电话、身份证号和银行卡号脱敏</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>系统账户</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Privacy and access log…</source>
        <translation>隐私与访问日志(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked — type the passphrase to go on.</source>
        <translation>已锁定 —— 输入口令以继续。</translation>
    </message>
</context>
</TS>
