<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="24"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="24"/>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="25"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="26"/>
        <source>データベースを開く…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="28"/>
        <source>今すぐバックアップ</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="29"/>
        <source>バックアップから復元…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="31"/>
        <source>設定…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="33"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="35"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="37"/>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="42"/>
        <location filename="../../colead_desktop/ui/actions.py" line="135"/>
        <source>Co-LEAD Desktop について</source>
        <translation>About Co-LEAD Desktop</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="48"/>
        <location filename="../../colead_desktop/ui/actions.py" line="82"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="48"/>
        <source>このデータベースはサーバー上にあります。バックアップはサーバーの管理者が行ってください（pg_dump など）。</source>
        <translation>This database is on a server. Ask its administrator to back it up (for example with pg_dump).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="54"/>
        <source>データベースを開く</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="55"/>
        <source>SQLite データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="68"/>
        <source>データベースを開けません</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="83"/>
        <source>バックアップを作成しました:
{0}</source>
        <translation>Backup created:
{0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="90"/>
        <source>復元するバックアップを選択</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="91"/>
        <source>バックアップ (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="96"/>
        <location filename="../../colead_desktop/ui/actions.py" line="105"/>
        <source>バックアップから復元</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="97"/>
        <source>現在のデータベース
{0}
の内容を、バックアップ
{1}
の内容で置き換えます。

置き換える前の内容もバックアップフォルダに保存されます。続けますか？</source>
        <translation>The contents of the current database
{0}
will be replaced by the backup
{1}

The replaced contents are saved to the backup folder first. Continue?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="105"/>
        <source>復元しました。置き換える前の内容は次に保存されています:
{0}</source>
        <translation>Restored. The replaced contents were saved to:
{0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="130"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="131"/>
        <source>表示言語はアプリを再起動すると切り替わります。</source>
        <translation>The language changes when you restart the app.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="135"/>
        <source>&lt;h3&gt;Co-LEAD Desktop {0}&lt;/h3&gt;&lt;p&gt;地域の中小企業と高度デジタル人材をつなぐプログラムの運営を支援するオフライン対応デスクトップアプリ。&lt;/p&gt;&lt;p&gt;データフォルダ: {1}&lt;br&gt;データベース: {2}&lt;/p&gt;&lt;p&gt;フォント: IPAexフォント（IPAフォントライセンスv1.0）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Co-LEAD Desktop {0}&lt;/h3&gt;&lt;p&gt;An offline-first desktop app for running programmes that connect regional SMEs with digital talent.&lt;/p&gt;&lt;p&gt;Data folder: {1}&lt;br&gt;Database: {2}&lt;/p&gt;&lt;p&gt;Font: IPAex (IPA Font License v1.0)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../colead_desktop/app.py" line="60"/>
        <source>入力エラー</source>
        <translation>Input error</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="62"/>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="63"/>
        <source>予期しないエラーが発生しました。作業は保存されています。
詳細はログフォルダに記録されました。

{0}</source>
        <translation>An unexpected error occurred. Your saved work is safe.
Details were written to the log folder.

{0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="80"/>
        <source>デモデータ</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="81"/>
        <source>データベースは空です。令和3年度「ふるさと Co-LEAD」のデモプログラム（3地域・14社・16名の人材・イベント）を読み込みますか？</source>
        <translation>The database is empty. Load the FY2021 “Furusato Co-LEAD” demo programme (3 regions, 14 companies, 16 talents, events)?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="108"/>
        <source>データベースを開けません</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="92"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="92"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="92"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="92"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="98"/>
        <source>&lt;b&gt;タイムライン&lt;/b&gt;</source>
        <translation>&lt;b&gt;Timeline&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="100"/>
        <source>&lt;b&gt;イベント一覧&lt;/b&gt;</source>
        <translation>&lt;b&gt;Events&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="22"/>
        <source>行程の項目</source>
        <translation>Itinerary item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="36"/>
        <source>（場所なし）</source>
        <translation>(no place)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="47"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="48"/>
        <source>日目</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="49"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="50"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="51"/>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="52"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="53"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="67"/>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="68"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="69"/>
        <source>地域・企業</source>
        <translation>Regions &amp; companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="70"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="71"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="72"/>
        <source>ミートアップ</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="73"/>
        <source>オンラインイベントのアジェンダとラウンドテーブルの計画は次のリリースで追加されます。</source>
        <translation>Agendas and round-table planning for online events arrive in the next release.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="74"/>
        <source>ツアー</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="75"/>
        <source>支払</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="76"/>
        <source>日当・謝金・旅費の計算と支払明細書は次のリリースで追加されます。</source>
        <translation>Per diems, honoraria, travel costs and payment statements arrive in the next release.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="84"/>
        <source>Co-LEAD Desktop — {0}</source>
        <translation>Co-LEAD Desktop — {0}</translation>
    </message>
</context>
<context>
    <name>NewTourDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="85"/>
        <source>ツアーの新規作成（ガイドラインのひな形）</source>
        <translation>New tour (guideline template)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="95"/>
        <source> 日間</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="97"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="98"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="99"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/record_dialog.py" line="142"/>
        <source>数値を入力してください。</source>
        <translation>Enter a number.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="29"/>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="67"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="68"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="124"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="69"/>
        <source>フリガナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="69"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="70"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="80"/>
        <source>スキルタイプ</source>
        <translation>Skill type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="71"/>
        <source>キャリア</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="72"/>
        <source>担当地域</source>
        <translation>Assigned region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="73"/>
        <source>居住地</source>
        <translation>Home city</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="82"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="90"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="99"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="102"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="109"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="116"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="125"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="130"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="83"/>
        <source>地域名</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="83"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="84"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="138"/>
        <source>IoT推進ラボ</source>
        <translation>IoT lab</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="84"/>
        <source>玄関口</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="85"/>
        <source>地域の課題</source>
        <translation>Regional issues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="89"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="126"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="90"/>
        <source>企業名</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="91"/>
        <source>業種</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="91"/>
        <source>ツアーでの役割</source>
        <translation>Role in the tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="92"/>
        <source>担当者</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="96"/>
        <source>（未選択）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="101"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="117"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="102"/>
        <source>会場名</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="103"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="114"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="121"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="103"/>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="104"/>
        <source>設備</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="105"/>
        <source>無償</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="111"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="112"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="113"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="114"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="115"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="123"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="124"/>
        <source>所属区分</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="126"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="138"/>
        <source>地域中小企業</source>
        <translation>SME</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="138"/>
        <source>事務局</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="139"/>
        <source>経済産業省</source>
        <translation>METI</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="139"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="50"/>
        <source>検索（全項目）</source>
        <translation>Search (all columns)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="57"/>
        <source>追加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="58"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="59"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="95"/>
        <source>{0}: すべて</source>
        <translation>{0}: all</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="107"/>
        <source>{0} 件中 {1} 件を表示</source>
        <translation>Showing {1} of {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="125"/>
        <source>{0}の追加</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="133"/>
        <source>{0}の編集</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="143"/>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="154"/>
        <source>削除できません</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="144"/>
        <source>「{0}」は次のデータから参照されているため削除できません。

{1}</source>
        <translation>“{0}” cannot be deleted because these records refer to it:

{1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="147"/>
        <source>削除の確認</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="148"/>
        <source>「{0}」を削除しますか？（元に戻す: Ctrl+Z）</source>
        <translation>Delete “{0}”? (Undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="152"/>
        <source>{0}の削除</source>
        <translation>Delete {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="52"/>
        <source>イベントはまだありません</source>
        <translation>No events yet</translation>
    </message>
</context>
<context>
    <name>TourTimeline</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="168"/>
        <source>ツアーを選択するか、新規作成してください</source>
        <translation>Select a tour or create a new one</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="204"/>
        <source>月,火,水,木,金,土,日</source>
        <translation>Mon,Tue,Wed,Thu,Fri,Sat,Sun</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="205"/>
        <source>{0}日目  {1}/{2}（{3}）</source>
        <translation>Day {0}  {1}/{2} ({3})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="250"/>
        <source>移動 {0:.1f} km・{1}分</source>
        <translation>Travel {0:.1f} km, {1} min</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="80"/>
        <source>新規…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="81"/>
        <source>ガイドラインのひな形から新しいツアーを作ります</source>
        <translation>Create a new tour from the guideline template</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="82"/>
        <source>コピー…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="83"/>
        <source>選んだツアーの行程を別の日程にコピーします</source>
        <translation>Copy the selected tour's timetable to other dates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="84"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="85"/>
        <source>項目を追加</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="87"/>
        <source>ツアー</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="92"/>
        <source>旅程表PDF…</source>
        <translation>Itinerary PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="93"/>
        <source>参加者別PDF…</source>
        <translation>PDF per participant…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="94"/>
        <source>カレンダー（.ics）…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="95"/>
        <source>B-5ワークシート書き出し…</source>
        <translation>Export B-5 worksheet…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="96"/>
        <source>B-5から新規…</source>
        <translation>New from B-5…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="97"/>
        <source>地域から届いたB-5ワークシートをもとにツアーを作ります</source>
        <translation>Create a tour from a B-5 worksheet sent by a region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="98"/>
        <source>編集は自動的に保存されます（元に戻す: Ctrl+Z）</source>
        <translation>Edits are saved automatically (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="162"/>
        <source>{0}日間</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="191"/>
        <source>（{0}席）</source>
        <translation> ({0} seats)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="192"/>
        <source>移動: {0}</source>
        <translation>Transport: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="193"/>
        <source>参加者 {0}名</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="196"/>
        <source>拠点会場: {0}</source>
        <translation>Base venue: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="198"/>
        <source>宿泊: {0}</source>
        <translation>Lodging: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="235"/>
        <source>ツアーのコピー</source>
        <translation>Copy tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="240"/>
        <source>行程（日ごとの時刻）をそのまま、新しい開始日でコピーします。</source>
        <translation>The timetable (times per day) is copied unchanged to a new start date.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="241"/>
        <source>新しい開始日</source>
        <translation>New start date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="252"/>
        <source>ツアーの削除</source>
        <translation>Delete tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="253"/>
        <source>「{0}」を削除しますか？ この操作は元に戻せません。</source>
        <translation>Delete “{0}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="268"/>
        <source>「{0}」の移動</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="278"/>
        <source>「{0}」の編集</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="287"/>
        <source>項目の追加</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="295"/>
        <source>{0}日目</source>
        <translation>Day {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="295"/>
        <source>全体</source>
        <translation>Whole tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="309"/>
        <source>チェック: 問題は見つかりませんでした</source>
        <translation>Check: no problems found</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="311"/>
        <source>チェック: エラー {0}件、警告 {1}件（クリックで該当項目を表示）</source>
        <translation>Check: {0} errors, {1} warnings (click one to show its items)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="329"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="333"/>
        <source>書き出しを取り消しました</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="335"/>
        <source>書き出しできません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="342"/>
        <source>旅程表PDFを作成しています…</source>
        <translation>Writing the itinerary PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="348"/>
        <source>カレンダーを書き出しています…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="353"/>
        <source>B-5ワークシートを書き出しています…</source>
        <translation>Writing the B-5 worksheet…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="360"/>
        <source>B-5ワークシートを読み込めません</source>
        <translation>Cannot read the B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="373"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="385"/>
        <source>旅程表PDFの保存</source>
        <translation>Save itinerary PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="374"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="386"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="381"/>
        <source>参加者別の旅程表</source>
        <translation>Itinerary per participant</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="381"/>
        <source>参加者</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="391"/>
        <source>カレンダーの保存</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="392"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="396"/>
        <source>B-5ワークシートの保存</source>
        <translation>Save B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="397"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="401"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="401"/>
        <source>B-5ワークシートを開く</source>
        <translation>Open B-5 worksheet</translation>
    </message>
</context>
<context>
    <name>company_dialog</name>
    <message>
        <location filename="../../forms/company_dialog.ui" line="6"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>企業名 *</source>
        <translation>Company *</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>業種</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>緯度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>経度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>担当者</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>担当者メール</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>担当者電話</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>開始時刻</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>終了時刻</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>定休日</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>ツアー・プロジェクト</source>
        <translation>Tour and project</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>ツアーでの役割</source>
        <translation>Role in the tour</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>プロジェクト概要</source>
        <translation>Project summary</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>B-1 要件整理</source>
        <translation>B-1 Requirements</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>B-3 経営課題</source>
        <translation>B-3 Business issues</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>貴社はどんな会社ですか</source>
        <translation>What kind of company</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>5年後に目指す姿</source>
        <translation>Where in 5 years</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>5年後の具体的なビジョン</source>
        <translation>Concrete 5-year vision</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>ビジョン実現の壁</source>
        <translation>Barriers to the vision</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>①業務の外部化による解決策</source>
        <translation>① Solutions by outsourcing</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>②ITやデジタル化による解決策</source>
        <translation>② Solutions by IT and digitalisation</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>③人材活用による解決策</source>
        <translation>③ Solutions by using talent</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="7"/>
        <source>マッチングしたい人材</source>
        <translation>Talent wanted</translation>
    </message>
</context>
<context>
    <name>event_dialog</name>
    <message>
        <location filename="../../forms/event_dialog.ui" line="6"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>タイトル *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>開始 *</source>
        <translation>Start *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>終了 *</source>
        <translation>End *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>オンラインツール</source>
        <translation>Online tool</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>参加URL</source>
        <translation>Join URL</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>region_dialog</name>
    <message>
        <location filename="../../forms/region_dialog.ui" line="6"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>地域名 *</source>
        <translation>Region *</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>IoT推進ラボ</source>
        <translation>IoT lab</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>地域の課題</source>
        <translation>Regional issues</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>これまでの取組</source>
        <translation>Past initiatives</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>地域の魅力</source>
        <translation>Attractions</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>玄関口（空港・駅）</source>
        <translation>Gateway (airport/station)</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>玄関口の緯度</source>
        <translation>Gateway latitude</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>玄関口の経度</source>
        <translation>Gateway longitude</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="7"/>
        <source>表示言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="7"/>
        <source>利用者名（監査ログ用）</source>
        <translation>User name (for the audit log)</translation>
    </message>
</context>
<context>
    <name>staff_dialog</name>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="6"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>氏名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>所属区分</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>talent_dialog</name>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="6"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>氏名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>フリガナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>居住地</source>
        <translation>Home city</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>最寄りの空港・駅</source>
        <translation>Nearest airport/station</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>担当地域</source>
        <translation>Assigned region</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>スキル・志向</source>
        <translation>Skills and interests</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>スキルタイプ *</source>
        <translation>Skill types *</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>キャリア</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>属性</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>得意領域</source>
        <translation>Strong areas</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>希望地域</source>
        <translation>Preferred regions</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>参加の動機</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>venue_dialog</name>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="6"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>会場名 *</source>
        <translation>Venue *</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>緯度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>経度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>定員 *</source>
        <translation>Capacity *</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>無償提供</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>公共交通でのアクセス</source>
        <translation>Public-transit access</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>設備・利用時間</source>
        <translation>Facilities and hours</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>設備チェックリスト</source>
        <translation>Facility checklist</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>開始時刻</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>終了時刻</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>定休日</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="7"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
</TS>
