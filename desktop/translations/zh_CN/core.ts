<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>the store to use (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XunCha: offline inspection of residential compounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a demo store with realistic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the integrity of the store and its photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, export and import checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a checklist&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist&apos;s form id, e.g. parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a checklist as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist&apos;s form id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a checklist from .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XLSForm workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check only, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds data; the demo needs a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store {path}: {compounds} compounds, {inspections} inspections, {findings} findings, {photos} photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist named {name}. Known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has a different {form_id} version {version}. Give the changed checklist a new version in its settings sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form_id} {version} is already in the store; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form_id} {version}: a new checklist with {items} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form_id} {version}: a new version (the store had {old}) with {items} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xuncha-cli: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xuncha-cli: internal error ({error}); details in {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {path} is busy: another program is writing to it. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {path} cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full or failing; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a XunCha store (not an SQLite database, or damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {path} cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {path} was written by a newer version of XunCha ({detail}). Update XunCha to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store {path} is already open in another XunCha window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet (.xlsx, .xls, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is protected by a password. Save it without a password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to read safely ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} expands to far more data than its size suggests ({detail}); it was refused as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or truncated: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item type “{detail}” is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “{detail}” is an XLSForm feature XunCha does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“required” must be yes or no, not “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function {detail}() is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{detail}” is not supported in expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression refers to unknown items: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity must be critical, major or minor, not “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight must be a number of zero or more, not “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance must be pass, fail or na, not “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no “survey” sheet (sheets: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings sheet gives no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist not accepted ({where}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a photo XunCha can read (JPEG, PNG, WebP …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has too many pixels to be a photo; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
