<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="31"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="32"/>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="33"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="34"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="35"/>
        <source>プログラム…</source>
        <translation>Programmes…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="37"/>
        <source>新しいプログラム…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="39"/>
        <source>プログラム設定…</source>
        <translation>Programme settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="41"/>
        <source>デモを読み込む…</source>
        <translation>Load the demo…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="44"/>
        <source>データベースを開く…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="46"/>
        <source>今すぐバックアップ</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="47"/>
        <source>バックアップから復元…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="49"/>
        <source>持ち出し…</source>
        <translation>Check out…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="52"/>
        <source>持ち帰り…</source>
        <translation>Check in…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="60"/>
        <source>名簿の取り込み…</source>
        <translation>Import a roster…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="61"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="63"/>
        <source>プログラムのカレンダー (.ics)…</source>
        <translation>Programme calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="66"/>
        <source>設定…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="70"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="74"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="76"/>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="83"/>
        <source>キーボードショートカット</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="85"/>
        <location filename="../../colead_desktop/ui/actions.py" line="267"/>
        <source>Co-LEAD Desktop について</source>
        <translation>About Co-LEAD Desktop</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="107"/>
        <source>追加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="108"/>
        <source>開く…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="109"/>
        <source>削除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="110"/>
        <source>検索</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="111"/>
        <source>再読み込み</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="112"/>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="113"/>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="184"/>
        <location filename="../../colead_desktop/ui/actions.py" line="186"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="289"/>
        <location filename="../../colead_desktop/ui/actions.py" line="297"/>
        <location filename="../../colead_desktop/ui/actions.py" line="310"/>
        <source>カレンダー</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="290"/>
        <source>プログラムがありません。先にプログラムを作成してください。</source>
        <translation>There is no programme. Create one first.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="298"/>
        <source>ツアーのチェックでエラーが{0}件見つかっています。このまま書き出しますか？</source>
        <translation>The tour checks found {0} errors. Export anyway?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="301"/>
        <source>プログラムのカレンダーの保存</source>
        <translation>Save the programme calendar</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="302"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="311"/>
        <source>書き出しました: {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="313"/>
        <source>ツアーをチェックしています…</source>
        <translation>Checking the tours…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="305"/>
        <source>カレンダーを書き出しています…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="307"/>
        <location filename="../../colead_desktop/ui/actions.py" line="315"/>
        <source>書き出しできません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="146"/>
        <source>名簿の取り込み</source>
        <translation>Roster import</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="159"/>
        <source>データベースを開く</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="160"/>
        <source>SQLite データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="187"/>
        <source>バックアップを作成しました:
{0}</source>
        <translation>Backup created:
{0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="196"/>
        <source>復元するバックアップを選択</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="194"/>
        <source>バックアップ (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="195"/>
        <source>PostgreSQL のバックアップ (*.pgdump)</source>
        <translation>PostgreSQL backups (*.pgdump)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="202"/>
        <location filename="../../colead_desktop/ui/actions.py" line="220"/>
        <source>バックアップから復元</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="204"/>
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
        <location filename="../../colead_desktop/ui/actions.py" line="217"/>
        <source>復元できません</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="221"/>
        <source>復元しました。置き換える前の内容は次に保存されています:
{0}</source>
        <translation>Restored. The replaced contents were saved to:
{0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="246"/>
        <source>暗号化…</source>
        <translation>Encryption…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="250"/>
        <source>データベースの暗号化</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="262"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="263"/>
        <source>表示言語はアプリを再起動すると切り替わります。</source>
        <translation>The language changes when you restart the app.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/actions.py" line="270"/>
        <source>&lt;h3&gt;Co-LEAD Desktop {0}&lt;/h3&gt;&lt;p&gt;地域の中小企業と高度デジタル人材をつなぐプログラムの運営を支援するオフライン対応デスクトップアプリ。&lt;/p&gt;&lt;p&gt;データフォルダ: {1}&lt;br&gt;データベース: {2}&lt;/p&gt;&lt;p&gt;フォント: IPAexフォント（IPAフォントライセンスv1.0）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Co-LEAD Desktop {0}&lt;/h3&gt;&lt;p&gt;An offline-first desktop app for running programmes that connect regional SMEs with digital talent.&lt;/p&gt;&lt;p&gt;Data folder: {1}&lt;br&gt;Database: {2}&lt;/p&gt;&lt;p&gt;Font: IPAex (IPA Font License v1.0)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="289"/>
        <source>訂正明細書</source>
        <translation>Adjusting statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="292"/>
        <source>{no}（{status}、{start}〜{end}）</source>
        <translation>{no} ({status}, {start} to {end})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="296"/>
        <source>例: 航空券の記録漏れ</source>
        <translation>e.g. air fare not recorded</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="297"/>
        <source>訂正時点の料率・方針で計算する</source>
        <translation>Compute with the rates and policy in force now</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="299"/>
        <source>既定では訂正元の明細書の料率・方針で計算します。選んだ方は明細書の適用方針に記載されます。</source>
        <translation>By default the correction is computed with the rates and policy of the corrected statement. The choice is printed with the statement&apos;s policy.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="300"/>
        <source>新しい下書きが作成され、訂正元の明細書の記録を修正できるようになります。</source>
        <translation>A new draft is created; the records of the corrected statement can then be changed.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="302"/>
        <source>訂正する明細書</source>
        <translation>Statement to correct</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="303"/>
        <source>訂正の理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="72"/>
        <source>ツール</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="76"/>
        <source>参加URL</source>
        <translation>Join URL</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="87"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="87"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="87"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="87"/>
        <source>分</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="88"/>
        <source>担当</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="88"/>
        <source>ルーム</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="88"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="101"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="102"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="103"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="104"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="110"/>
        <source>テンプレートから…</source>
        <translation>From template…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="111"/>
        <source>ブロックをテンプレートの内容に置き換えます（保存するまでデータベースは変わりません）</source>
        <translation>Replaces the blocks with the template&apos;s (nothing is stored until you save)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="249"/>
        <source>アジェンダ（{0}）</source>
        <translation>Agenda ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="322"/>
        <source>アジェンダを保存（{0}）</source>
        <translation>Save the agenda ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="123"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="129"/>
        <source>チェック</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="223"/>
        <source>終了予定を超えています</source>
        <translation>Runs past the planned end</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="225"/>
        <source>枠 {0}〜{1}</source>
        <translation>Slot {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="238"/>
        <source>未保存の変更があります</source>
        <translation>There are unsaved changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="279"/>
        <source>新しいブロック</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/agenda_tab.py" line="311"/>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ApartEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="21"/>
        <source>同じテーブルに座らせない2人を選んで追加します（どのラウンドでも別のテーブルになります）。</source>
        <translation>Choose two people who must not sit at the same table and add them (they will be at different tables in every round).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="34"/>
        <source>と</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="36"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="47"/>
        <source>選んだ組を削除</source>
        <translation>Remove selected pair</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="56"/>
        <source>{0} と {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="67"/>
        <source>別々の2人を選んでください</source>
        <translation>Choose two different people</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/apart_editor.py" line="70"/>
        <source>この組はもう登録されています</source>
        <translation>This pair is already listed</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../colead_desktop/app.py" line="71"/>
        <source>入力エラー</source>
        <translation>Input error</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/failures.py" line="34"/>
        <source>予期しないエラーが発生しました。
{0}

処理そのものは最後まで終わり、保存した内容はそのままです。結果を画面に表示するところでエラーが起きました。
詳細はログフォルダ {1} に記録されました。</source>
        <translation>An unexpected error occurred.
{0}

The work itself finished, and what it saved stays saved. The error came while showing its result.
Details were written to the log folder {1}.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/failures.py" line="39"/>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/failures.py" line="39"/>
        <source>予期しないエラーが発生しました。
{0}

この操作で保存されたものはありません（途中の変更は取り消されました）。それまでに保存した内容はそのままです。
詳細はログフォルダ {1} に記録されました。</source>
        <translation>An unexpected error occurred.
{0}

Nothing of this action was saved (any changes were rolled back). What you saved before is unchanged.
The details are in the log folder {1}.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/failures.py" line="71"/>
        <source>操作できません</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/app.py" line="117"/>
        <source>データフォルダを使えません</source>
        <translation>Cannot use the data folder</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../colead_desktop/ui/context.py" line="115"/>
        <source>操作できません</source>
        <translation>Cannot do this</translation>
    </message>
</context>
<context>
    <name>B5PreviewDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="17"/>
        <source>B-5ワークシートの取り込み</source>
        <translation>Import the B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="22"/>
        <source>新しいツアー「{0}」を作ります。</source>
        <translation>A new tour &quot;{0}&quot; will be created.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="24"/>
        <source>ツアー「{0}」と同じ内容です。変更はありません。</source>
        <translation>The worksheet matches the tour &quot;{0}&quot;. Nothing changes.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="26"/>
        <source>このファイルの書き出し元のツアー「{0}」を次のとおり更新します。</source>
        <translation>The tour this file was exported from, &quot;{0}&quot;, will be updated as follows.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="28"/>
        <source>地域と開催日が同じツアー「{0}」を次のとおり更新します。</source>
        <translation>The tour with the same region and start date, &quot;{0}&quot;, will be updated as follows.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="33"/>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="33"/>
        <source>変更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="33"/>
        <source>変更後</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="46"/>
        <source>取り込まなかった部分（{0}件）</source>
        <translation>Parts not imported ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/b5_preview.py" line="53"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="84"/>
        <source>予算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="85"/>
        <source>承認済（支払済を含む）</source>
        <translation>Approved (incl. paid)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="86"/>
        <source>支払済</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="88"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="115"/>
        <source>未設定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="116"/>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="117"/>
        <source>記録なし</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="128"/>
        <source>{0}（予算超過）</source>
        <translation>{0} (over budget)</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/budget_tab.py" line="25"/>
        <source>予算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/budget_tab.py" line="40"/>
        <source>地域・費目ごとの予算（円）。空欄は予算なしです。会場費・その他の実績はまだ記録されないため、ダッシュボードと支払ワークブックでは「記録なし」と表示されます。新しく追加した地域の予算は、設定を保存してから入力できます。</source>
        <translation>Budget per region and line (yen). A blank cell has no budget. Venue and other costs are not recorded yet, so the dashboard and the payments workbook show their actuals as &apos;Not recorded&apos;. A region you have just added gets its budget after the settings are saved.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="183"/>
        <source>募集を編集 — {0}</source>
        <translation>Edit call — {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="187"/>
        <source>締切を設ける</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="196"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="197"/>
        <source>締切（日本時間）</source>
        <translation>Deadline (Japan time)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="199"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="200"/>
        <source>合計がこの点に届かない応募者は「審査・順位」で基準未満と示します（判定は手で行います）</source>
        <translation>Applicants whose total stays below this are marked &quot;below threshold&quot; under Screening and ranking (decisions are still made by hand)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="202"/>
        <source>合格基準（合計点）</source>
        <translation>Threshold (total)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="206"/>
        <source>応募条件（応募者がチェックする項目）</source>
        <translation>Conditions to apply (ticked by the applicant)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="270"/>
        <source>募集（{0}）</source>
        <translation>Call ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="372"/>
        <source>ほかの人が保存した内容を表示しています。ここから編集して保存できます。</source>
        <translation>Showing the call as the other person saved it. You can edit it from here and save.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="390"/>
        <source>{0}（重み{1}）</source>
        <translation>{0} (weight {1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="205"/>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="208"/>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="211"/>
        <source>キー</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="209"/>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="231"/>
        <source>質問</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="211"/>
        <source>観点</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="212"/>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="232"/>
        <source>審査項目</source>
        <translation>Scoring item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="212"/>
        <source>重み</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="213"/>
        <source>加点項目</source>
        <translation>Bonus item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="225"/>
        <source>各項目は4段階で採点します。合計は「重み × 平均」の和で、加点項目は重みを掛けて合計に足します。重み0の項目は合計に入りません。キーは回答と評点の対応に使うため変わりません。</source>
        <translation>Each item is scored at 4 levels. The total is the sum of weight × mean; a bonus item&apos;s weighted mean is added on top. An item of weight 0 does not count. Keys tie answers and scores to their question and item, so they never change.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="230"/>
        <source>応募条件</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="74"/>
        <source>募集を編集…</source>
        <translation>Edit call…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="75"/>
        <source>名称・締切・応募条件・質問・審査項目（重み・加点）・合格基準を編集します</source>
        <translation>Edit the title, deadline, conditions, questions, scoring items (weights, bonus) and threshold</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="76"/>
        <source>応募を取り込む…</source>
        <translation>Import applications…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="77"/>
        <source>応募フォームの CSV / Excel を列の対応とプレビューを確かめて取り込みます</source>
        <translation>Imports the application form&apos;s CSV / Excel export after you check the column mapping and a preview</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="78"/>
        <source>審査票を書き出す…</source>
        <translation>Export a review workbook…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="79"/>
        <source>審査票を取り込む…</source>
        <translation>Import a review workbook…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="80"/>
        <source>判定…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="81"/>
        <source>通知書を作成…</source>
        <translation>Write letters…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="82"/>
        <source>採択者を参加者にする</source>
        <translation>Make the selected participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="102"/>
        <source>応募条件（応募者がチェックする項目）</source>
        <translation>Conditions to apply (ticked by the applicant)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="104"/>
        <source>応募時の質問</source>
        <translation>Application questions</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="106"/>
        <source>審査</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="111"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="112"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="221"/>
        <source>応募者</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="113"/>
        <source>応募日時</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="114"/>
        <source>注意</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="115"/>
        <source>応募条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="116"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="369"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="376"/>
        <source>判定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="117"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="130"/>
        <source>項目ごとの値は審査員の平均（利益相反の審査は除く）。合計は重み付きの和に加点項目を加えたもの。黄色は審査員の評点が2段階以上離れている項目です。</source>
        <translation>Each item shows the reviewers&apos; mean (conflicted reviews left out). The total is the weighted sum plus the bonus items. Yellow marks items where reviewers are 2 or more levels apart.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="134"/>
        <source>募集内容</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="135"/>
        <source>応募・判定</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="136"/>
        <source>審査・順位</source>
        <translation>Screening and ranking</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="189"/>
        <source>締切: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="190"/>
        <source>未設定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="199"/>
        <source>審査項目 {0} 件（加点項目 {1} 件、重みの合計 {2}）・合格基準: {3}</source>
        <translation>{0} scoring items ({1} bonus, weights summing to {2}) · threshold: {3}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="201"/>
        <source>なし</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="201"/>
        <source>合計 {0} 点</source>
        <translation>total {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="208"/>
        <source>応募 {0} 件（注意 {1} 件）・判定済み {2} 件</source>
        <translation>{0} applications ({1} flagged), {2} decided</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="221"/>
        <source>順位</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="221"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="221"/>
        <source>加点</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="222"/>
        <source>審査数</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="222"/>
        <source>（加点）</source>
        <translation>(bonus)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="229"/>
        <source>{0}（同順位）</source>
        <translation>{0} (tie)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="234"/>
        <source>（基準未満）</source>
        <translation> (below threshold)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="241"/>
        <source>評点: {0}</source>
        <translation>Scores: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="253"/>
        <source>プログラムがまだありません。先にプログラムを作成してください</source>
        <translation>There is no programme yet. Create a programme first</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="255"/>
        <source>「応募・判定」で応募を選んでください</source>
        <translation>Choose an application under “Applications”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="256"/>
        <source>判定の済んだ応募がありません</source>
        <translation>No application has a decision yet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="258"/>
        <source>採択した応募がありません</source>
        <translation>No application is selected</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="267"/>
        <source>応募データを開く</source>
        <translation>Open applications</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="268"/>
        <source>応募データ (*.csv *.xlsx)</source>
        <translation>Applications (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="275"/>
        <source>応募データを読めません</source>
        <translation>Cannot read the applications</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="281"/>
        <source>応募データを確認しています…</source>
        <translation>Checking the applications…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="284"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="300"/>
        <source>取り込めません</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="288"/>
        <source>新しい応募: {0} 件</source>
        <translation>New applications: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="288"/>
        <source>取り込み済み（重複）: {0} 件</source>
        <translation>Already imported (duplicates): {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="289"/>
        <source>再提出のため古い方を取り込まない行: {0} 件（行 {1}）</source>
        <translation>Rows set aside for a later submission: {0} (rows {1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="290"/>
        <source>締切後: {0} 件、条件未達: {1} 件（除外せず印を付けます）</source>
        <translation>Late: {0}, condition unmet: {1} (flagged, not dropped)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="292"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="295"/>
        <source>応募の取り込み</source>
        <translation>Import applications</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="293"/>
        <source>新しい応募がないため、取り込んでも何も変わりません。</source>
        <translation>There is no new application: importing would change nothing.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="295"/>
        <source>取り込みますか？</source>
        <translation>Import them?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="298"/>
        <source>応募を取り込んでいます…</source>
        <translation>Importing applications…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="307"/>
        <source>（新しい審査員を追加）</source>
        <translation>(add a new reviewer)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="307"/>
        <source>審査員</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="307"/>
        <source>審査員を選んでください</source>
        <translation>Choose a reviewer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="312"/>
        <source>審査員の追加</source>
        <translation>Add a reviewer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="312"/>
        <source>審査員の氏名</source>
        <translation>Reviewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="325"/>
        <source>審査票の保存</source>
        <translation>Save the review workbook</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="325"/>
        <source>審査票.xlsx</source>
        <translation>review.xlsx</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="330"/>
        <source>審査票を書き出せません</source>
        <translation>Cannot export the review workbook</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="333"/>
        <source>審査票を開く</source>
        <translation>Open a review workbook</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="336"/>
        <source>審査票を取り込んでいます…</source>
        <translation>Importing the review workbook…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="338"/>
        <source>審査票を取り込めません</source>
        <translation>Cannot import the review workbook</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="351"/>
        <source>募集を編集（{0}）</source>
        <translation>Edit call ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="356"/>
        <source>募集を保存しました</source>
        <translation>Call saved</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="369"/>
        <source>{0} さんの判定</source>
        <translation>Decision on {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="376"/>
        <source>{0} さんを「{1}」にしますか？</source>
        <translation>Mark {0} as “{1}”?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="380"/>
        <source>判定の理由</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="380"/>
        <source>理由（記録に残ります）</source>
        <translation>Reason (kept in the record)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="386"/>
        <source>判定できません</source>
        <translation>Cannot record the decision</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="393"/>
        <source>通知書の保存先</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="397"/>
        <source>通知書を作成しています…</source>
        <translation>Writing the letters…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="399"/>
        <source>通知書を作成できません</source>
        <translation>Cannot write the letters</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="404"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="413"/>
        <source>通知書</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="405"/>
        <source>どの判定にも、その判定を伝える通知書が作成済みです。すべての通知書を作り直しますか？</source>
        <translation>Every decision already has a letter telling it. Write all the letters again?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="409"/>
        <source>{0} 件の通知書と差し込み用の一覧を作成しました</source>
        <translation>Wrote {0} letter(s) and the mail-merge list</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="411"/>
        <source>通知書が作成済みで判定も変わっていない {0} 件は作成していません</source>
        <translation>{0} letter(s) already written for unchanged decisions were not written again</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="421"/>
        <source>参加者にできません</source>
        <translation>Cannot make participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="425"/>
        <source>参加者にしなかった応募:</source>
        <translation>Applications not made participants:</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="426"/>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="429"/>
        <source>・応募 {0}: {1}</source>
        <translation>• Application {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="428"/>
        <source>希望地域がプログラムの地域にない応募（希望地域なしで参加者にしました）:</source>
        <translation>Applications wishing for a region the programme does not have (made participants without it):</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="430"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/calls_page.py" line="423"/>
        <source>{0} 件を参加者にしました</source>
        <translation>{0} made participants</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="39"/>
        <source>持ち出し</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="52"/>
        <source>持ち出すもの</source>
        <translation>What to take</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="53"/>
        <source>期限（この日まで）</source>
        <translation>Until (last day)</translation>
    </message>
</context>
<context>
    <name>CheckParamsDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="40"/>
        <source>チェック設定</source>
        <translation>Check settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="43"/>
        <source>拠点会場に必要な設備（venue.facility_missing）</source>
        <translation>Facilities the base venue needs (venue.facility_missing)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="48"/>
        <source>平均速度</source>
        <translation>Average speed</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="48"/>
        <source>迂回係数</source>
        <translation>Detour factor</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="48"/>
        <source>乗降・駐車の時間</source>
        <translation>Boarding and parking time</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="54"/>
        <source> 分</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="64"/>
        <source>移動時間の見積もり（transport.travel_time）</source>
        <translation>Travel time estimate (transport.travel_time)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="66"/>
        <source>所要時間 = 直線距離 × 迂回係数 ÷ 平均速度 ＋ 乗降・駐車の時間</source>
        <translation>Travel time = straight-line distance × detour factor ÷ average speed + boarding and parking time</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="71"/>
        <source>公共交通機関で警告する距離（transport.public_transit）</source>
        <translation>Public transit warning distance (transport.public_transit)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="72"/>
        <source>リモートワーク用の午前の終わり（structure.remote_morning）</source>
        <translation>End of the remote-work morning (structure.remote_morning)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="76"/>
        <source>既定に戻す</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/check_params_dialog.py" line="82"/>
        <source>「{0}」のすべてのツアーに適用されます。</source>
        <translation>Applies to all tours of “{0}”.</translation>
    </message>
</context>
<context>
    <name>CheckedChange</name>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="70"/>
        <source>やり直せません</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="76"/>
        <source>元に戻せません</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="96"/>
        <source>この操作は「元に戻す」の履歴から外しました。</source>
        <translation>This step has been taken out of the undo history.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/grid.py" line="48"/>
        <source>固定中（ダブルクリックで解除）</source>
        <translation>Pinned (double-click to unpin)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/grid.py" line="49"/>
        <source>ダブルクリックで固定</source>
        <translation>Double-click to pin</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/grid.py" line="84"/>
        <source>固定を解除</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/grid.py" line="84"/>
        <source>このテーブルに固定</source>
        <translation>Pin to this table</translation>
    </message>
</context>
<context>
    <name>CompaniesTab</name>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="101"/>
        <source>マッチングに参加する</source>
        <translation>Takes part in matching</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="103"/>
        <source> 名</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="107"/>
        <source>求めるスキル（B-3 STEP5）</source>
        <translation>Skills wanted (B-3 STEP5)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="116"/>
        <source>研究所の希望する人材（上ほど優先）</source>
        <translation>Lab&apos;s preferred talents (top first)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="120"/>
        <source>受け入れ人数</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="127"/>
        <source>参加しない企業の希望と条件は保存されません。</source>
        <translation>Wishes and conditions of companies not taking part are not saved.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="145"/>
        <source>受入 {0} 名</source>
        <translation>{0} places</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="146"/>
        <source>不参加</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="146"/>
        <source>{0}（{1}）: {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="161"/>
        <source>B-3 STEP5 の回答: {0}</source>
        <translation>B-3 STEP5 answer: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="162"/>
        <source>B-3 STEP5 の回答はありません</source>
        <translation>No B-3 STEP5 answer</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="52"/>
        <source>{0}件</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="59"/>
        <source>
{0}
［{1}］</source>
        <translation>
{0}
[{1}]</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="62"/>
        <source>{0}（違い: {1}）</source>
        <translation>{0} (differs: {1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="78"/>
        <source>ほかの人の変更と競合しています</source>
        <translation>Conflicts with someone else&apos;s change</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="82"/>
        <source>この{0}は、編集を始めた後にほかの人（別のウィンドウやコマンドを含む）が保存しました。何も上書きしていません。項目ごとに残す値を選んで保存するか、再読み込みしてほかの人の内容を表示してください。</source>
        <translation>Someone else (another window or a command included) saved this {0} after you started editing it. Nothing was overwritten. Choose the value to keep for each field and save, or reload to see their version.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="85"/>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="85"/>
        <source>自分</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="85"/>
        <source>他の人</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="103"/>
        <source>連絡先を表示</source>
        <translation>Show contact details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="111"/>
        <source>選んだ値で保存</source>
        <translation>Save the chosen values</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/conflict_dialog.py" line="112"/>
        <source>再読み込み</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>ContractAttention</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/contract_attention.py" line="35"/>
        <source>{talent} – {company}: {what}</source>
        <translation>{talent} – {company}: {what}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contract_attention.py" line="39"/>
        <source>ほか {0} 件（マッチングのページで確認できます）</source>
        <translation>{0} more (see the Matching page)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contract_attention.py" line="40"/>
        <source>&lt;b&gt;契約の対応待ち {0} 件&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contracts to see to: {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="79"/>
        <source>契約</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="83"/>
        <source>添付…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="84"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="103"/>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="104"/>
        <source>送付日</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="105"/>
        <source>締結日</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="106"/>
        <source>有効期限</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="107"/>
        <source>署名者</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="108"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="109"/>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="142"/>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="146"/>
        <source>署名済みPDF</source>
        <translation>Signed PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="128"/>
        <source>{name}（保存時に添付）</source>
        <translation>{name} (attached when saved)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="130"/>
        <source>添付済み</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="130"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="134"/>
        <source>署名済みの契約書（PDF）を選択</source>
        <translation>Choose the signed contract (PDF)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="135"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="142"/>
        <source>ファイルを読めません: {name}（{err}）</source>
        <translation>Cannot read the file: {name} ({err})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="157"/>
        <source>署名済みPDFを開けません</source>
        <translation>Cannot open the signed PDF</translation>
    </message>
</context>
<context>
    <name>ContractsPanel</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="181"/>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="182"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="183"/>
        <source>送付日</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="184"/>
        <source>締結日</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="185"/>
        <source>有効期限</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="186"/>
        <source>署名者</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="194"/>
        <source>契約を追加…</source>
        <translation>Add contract…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="195"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="196"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="214"/>
        <source>契約（ペアを選ぶと表示します）</source>
        <translation>Contracts (choose a pair to see them)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="218"/>
        <source>{0} と {1} の契約</source>
        <translation>Contracts of {0} and {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="232"/>
        <source>ペアを選んでください</source>
        <translation>Choose a pair</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="234"/>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="235"/>
        <source>契約を選んでください</source>
        <translation>Choose a contract</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="246"/>
        <source>{0}を追加</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="257"/>
        <source>{0}を変更</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="263"/>
        <source>契約の削除</source>
        <translation>Delete contract</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="264"/>
        <source>{0}を削除しますか？（元に戻せます）</source>
        <translation>Delete the {0}? (This can be undone.)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/contracts_panel.py" line="266"/>
        <source>{0}を削除</source>
        <translation>Delete {0}</translation>
    </message>
</context>
<context>
    <name>CopyTourDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="280"/>
        <source>ツアーのコピー</source>
        <translation>Copy tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="282"/>
        <source>参加者（{0}名）も引き継ぐ</source>
        <translation>Carry over the party ({0} people)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="283"/>
        <source>引き継がない場合、参加者・個人ごとの到着と出発・項目ごとの参加者指定は空になります</source>
        <translation>If not carried over, the party, the arrivals and departures of named people and per-item attendees are left empty</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="286"/>
        <source>行程（日ごとの時刻）をそのまま、新しい開始日でコピーします。</source>
        <translation>The timetable (times per day) is copied unchanged to a new start date.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="287"/>
        <source>新しい開始日</source>
        <translation>New start date</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="204"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="204"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="205"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="205"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="223"/>
        <source>&lt;b&gt;タイムライン&lt;/b&gt;</source>
        <translation>&lt;b&gt;Timeline&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="225"/>
        <source>&lt;b&gt;予算と実績&lt;/b&gt;</source>
        <translation>&lt;b&gt;Budget and actuals&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="234"/>
        <source>月別の支払</source>
        <translation>Payments per month</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="240"/>
        <source>&lt;b&gt;イベント・ツアー一覧&lt;/b&gt;</source>
        <translation>&lt;b&gt;Events and tours&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="281"/>
        <source>イベントもツアーもまだありません。ミートアップ・報告会などのイベントや、「ツアー」ページでフィールドワークツアーを登録すると、ここにタイムラインが表示されます。</source>
        <translation>There are no events or tours yet. Add events such as meetups and report meetings, or fieldwork tours on the Tours page, and their timeline shows here.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="248"/>
        <source>&lt;h2&gt;プログラムがありません&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No programme&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="282"/>
        <source>イベントを追加…</source>
        <translation>Add an event…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="283"/>
        <source>プログラム設定…</source>
        <translation>Programme settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="314"/>
        <source>予算が設定されていません。プログラム設定の「予算」タブで地域・費目ごとに予算を入力すると、ここに予算と実績（承認済・支払済）が表示されます。</source>
        <translation>No budget is set. Enter a budget per region and line on the Budget tab of Programme settings to see it here against the approved and paid statements.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="315"/>
        <source>予算を設定…</source>
        <translation>Set the budget…</translation>
    </message>
</context>
<context>
    <name>DeletedToursDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="74"/>
        <source>削除したツアーの取り消し</source>
        <translation>Cancel deleted tours</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="76"/>
        <source>カレンダーを書き出した後に削除したツアーです。取り消しのカレンダーを書き出して、受け取った人に送ってください（受け取った人のカレンダーから予定が消えます）。</source>
        <translation>These tours were deleted after their calendars were exported. Write their cancellation calendars and send them to those who received the calendars (the events then disappear from their calendars).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="85"/>
        <source>取り消しを書き出す…</source>
        <translation>Write cancellation…</translation>
    </message>
</context>
<context>
    <name>DocsTab</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="98"/>
        <source>テーブル別の案内</source>
        <translation>Guidance per table</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="102"/>
        <source>テーブル</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="104"/>
        <source>ルーム</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="106"/>
        <source>参加URL</source>
        <translation>Join URL</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="109"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="111"/>
        <source>1行に1問</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="112"/>
        <source>問い</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="115"/>
        <source>期待する成果</source>
        <translation>Expected outcomes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="117"/>
        <source>1行に1項目</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="118"/>
        <source>自己紹介シートの項目</source>
        <translation>Self-introduction sheet items</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="119"/>
        <source>既定の項目に戻す</source>
        <translation>Restore default items</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="120"/>
        <source>Co-LEADの選考で使う人材情報の項目（2021年の様式は残っていません）</source>
        <translation>The talent information items used in Co-LEAD selection (the 2021 form has not survived)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="123"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="129"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="131"/>
        <source>配布資料PDFに含めるもの</source>
        <translation>Include in the handouts PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="140"/>
        <source>配布資料PDF…</source>
        <translation>Handouts PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="141"/>
        <source>イベントのカレンダー (.ics)…</source>
        <translation>Event calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="142"/>
        <source>人材別カレンダー（フォルダ）…</source>
        <translation>Calendar per talent (folder)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="143"/>
        <source>ローテーション表 (.xlsx)…</source>
        <translation>Rotation table (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="209"/>
        <source>未保存の変更があります</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="221"/>
        <source>テーブル別の案内・自己紹介シートの項目</source>
        <translation>Table briefs and self-introduction sheet fields</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="262"/>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="269"/>
        <source>テーブル別の案内を保存</source>
        <translation>Save table briefs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="277"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="299"/>
        <source>人材別カレンダー</source>
        <translation>Calendars per talent</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="302"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="305"/>
        <source>書き出しを取り消しました</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="306"/>
        <source>書き出しできません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="311"/>
        <source>配布資料PDFを作成しています…</source>
        <translation>Creating the handouts PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="317"/>
        <source>カレンダーを書き出しています…</source>
        <translation>Exporting the calendar…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="323"/>
        <source>人材別カレンダーを書き出しています…</source>
        <translation>Exporting the per-talent calendars…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="329"/>
        <source>ローテーション表を書き出しています…</source>
        <translation>Exporting the rotation table…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="337"/>
        <source>配布資料PDF</source>
        <translation>Handouts PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="337"/>
        <source>配布資料に含めるものを1つ以上選んでください。</source>
        <translation>Choose at least one part of the handouts.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="339"/>
        <source>配布資料PDFの保存</source>
        <translation>Save the handouts PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="344"/>
        <source>カレンダーの保存</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="345"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="350"/>
        <source>人材別カレンダーの保存先フォルダ</source>
        <translation>Folder for the per-talent calendars</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="354"/>
        <source>ローテーション表の保存</source>
        <translation>Save the rotation table</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/docs_tab.py" line="355"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="88"/>
        <source>保存されなかった変更</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="91"/>
        <source>前回保存されなかった変更があります</source>
        <translation>Some changes were not saved last time</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="96"/>
        <source>印を付けた下書きを、保存されていない変更として元の画面に戻します（そのあと保存するか破棄してください）。印のない下書きは削除されます。</source>
        <translation>The ticked drafts are put back where they were made, as unsaved changes (save or discard them there). Drafts without a tick are deleted.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="104"/>
        <source>{0}&#x3000;{1:%Y-%m-%d %H:%M} の下書き</source>
        <translation>{0}  draft of {1:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="108"/>
        <source>⚠ この記録は下書きのあとに別途保存されています。復元すると、その内容の上に下書きを表示します</source>
        <translation>⚠ This record was saved again after the draft was made. Restoring shows the draft over what is saved now</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="110"/>
        <source>この記録（またはプログラム）は削除されています。復元できません</source>
        <translation>This record (or its programme) has been deleted. It cannot be restored</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="120"/>
        <source>復元</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/draft_offer.py" line="122"/>
        <source>破棄</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../colead_desktop/ui/empty_state.py" line="43"/>
        <source>プログラムがまだありません。新しいプログラムを作成するか、デモを読み込んでください。</source>
        <translation>There is no programme yet. Create a new programme or load the demo.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/empty_state.py" line="44"/>
        <source>新しいプログラム…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/empty_state.py" line="45"/>
        <source>デモを読み込む</source>
        <translation>Load the demo</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="77"/>
        <source>{0}
は暗号化されています。暗号化キーを入力してください。</source>
        <translation>{0}
is encrypted. Enter its encryption key.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="79"/>
        <source>暗号化されたデータベース</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="85"/>
        <source>暗号化キー</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="95"/>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="128"/>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="133"/>
        <source>データベースの暗号化</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="97"/>
        <source>サーバー上のデータベースはサーバー側で保護してください（ディスク暗号化・アクセス権）。</source>
        <translation>Protect a database on a server on the server itself (disk encryption, access rights).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="101"/>
        <source>暗号化には sqlcipher3 パッケージが必要です（pip install &quot;colead-desktop[encryption]&quot;）。</source>
        <translation>Encryption needs the sqlcipher3 package (pip install &quot;colead-desktop[encryption]&quot;).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="106"/>
        <source>暗号化を解除し、データベースを通常の SQLite ファイルに戻します。現在の暗号化キーを入力してください。</source>
        <translation>This turns the database back into a plain SQLite file. Enter the current encryption key.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="112"/>
        <source>データベースを暗号化します（SQLCipher）。起動のたびにこのキーを入力します。

キーを忘れるとデータは二度と読めません。誰も復元できません。キーは安全な場所に控えてください。
これまでのバックアップは暗号化されません。</source>
        <translation>This encrypts the database (SQLCipher). You will type this key at every start.

If you lose the key, the data can never be read again; nobody can recover it. Keep the key somewhere safe.
Existing backups are not encrypted.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="131"/>
        <source>暗号化を解除しました。</source>
        <translation>The database is no longer encrypted.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="132"/>
        <source>データベースを暗号化しました。</source>
        <translation>The database is now encrypted.</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="148"/>
        <source>経費の追加</source>
        <translation>Add an expense</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="148"/>
        <source>経費の編集</source>
        <translation>Edit the expense</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="158"/>
        <source> 円</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="160"/>
        <source>事務局が直接支払（本人への支給なし）</source>
        <translation>Paid directly by the secretariat (not paid to the person)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="163"/>
        <source>例: 往路 羽田→女満別</source>
        <translation>e.g. outbound Haneda → Memanbetsu</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="171"/>
        <source>添付…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="173"/>
        <source>外す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="175"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="186"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="187"/>
        <source>費目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="188"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="190"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="191"/>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="212"/>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="215"/>
        <source>領収書</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="199"/>
        <source>{name}（追加）</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="204"/>
        <source>領収書ファイルを選択</source>
        <translation>Choose the receipt file</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="205"/>
        <source>領収書 ({patterns});;すべて (*)</source>
        <translation>Receipts ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="213"/>
        <source>領収書ファイルを読めません: {name}（{err}）</source>
        <translation>Cannot read the receipt {name} ({err})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="231"/>
        <source>領収書を開けません</source>
        <translation>Cannot open the receipt</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="273"/>
        <source>金額の確認</source>
        <translation>Check the amount</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="65"/>
        <source>{0}日目</source>
        <translation>Day {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="66"/>
        <source>全体</source>
        <translation>Whole tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="81"/>
        <source>チェック: 問題は見つかりませんでした</source>
        <translation>Check: no problems found</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="82"/>
        <source>チェック: エラー {0}件、警告 {1}件（クリックで該当項目を表示）</source>
        <translation>Check: errors {0}, warnings {1} (click one to show its items)</translation>
    </message>
</context>
<context>
    <name>HoldBanner</name>
    <message>
        <location filename="../../colead_desktop/ui/hold_banner.py" line="31"/>
        <source>{0} — 読み取り専用です。変更は持ち帰りの後にできます</source>
        <translation>{0} — read-only. It can be changed once it has been checked in</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/hold_banner.py" line="32"/>
        <source>{0}（あなたの持ち出し。ここでの変更は持ち帰りで競合になります）</source>
        <translation>{0} (your check-out: changes made here will conflict at check-in)</translation>
    </message>
</context>
<context>
    <name>Irreversible</name>
    <message>
        <location filename="../../colead_desktop/ui/irreversible.py" line="12"/>
        <source>この操作は元に戻せません。</source>
        <translation>This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="108"/>
        <source>行程の項目</source>
        <translation>Itinerary item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="124"/>
        <source>（場所なし）</source>
        <translation>(no place)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="128"/>
        <source>新しい場所…</source>
        <translation>New place…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="129"/>
        <source>このツアーに場所を登録して、この項目の場所にします</source>
        <translation>Adds a place to this tour and makes it this item&apos;s place</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="141"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="142"/>
        <source>日目</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="143"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="144"/>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="191"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="145"/>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="146"/>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="191"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="147"/>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="191"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="148"/>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="193"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="191"/>
        <source>1人以上選ぶか「全員」にしてください。</source>
        <translation>Choose at least one, or “Everyone”.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="43"/>
        <source>暗号化キー</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="47"/>
        <source>もう一度</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="60"/>
        <source>暗号化キーを入力してください。</source>
        <translation>Enter the encryption key.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/encryption_dialogs.py" line="62"/>
        <source>2回入力したキーが一致しません。</source>
        <translation>The two keys you typed do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="153"/>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="154"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="155"/>
        <source>地域・企業</source>
        <translation>Regions &amp; companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="157"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="158"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="159"/>
        <source>ミートアップ</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="160"/>
        <source>ツアー</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="161"/>
        <source>支払</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="162"/>
        <source>募集・選考</source>
        <translation>Calls and selection</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="163"/>
        <source>マッチング</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="190"/>
        <source>プログラムがありません</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/main_window.py" line="193"/>
        <source>{0} — Co-LEAD Desktop — {1}</source>
        <translation>{0} — Co-LEAD Desktop — {1}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/calls_dialogs.py" line="23"/>
        <source>列の対応</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/calls_dialogs.py" line="28"/>
        <source>（取り込まない）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/calls_dialogs.py" line="43"/>
        <source>応募フォームの列を、取り込む項目に割り当ててください。</source>
        <translation>Assign the application form&apos;s columns to what is imported.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/calls_dialogs.py" line="52"/>
        <source>「{0}」の列を選んでください（応募者を見分けるのに必要です）</source>
        <translation>Choose the column for “{0}” (it tells the applicants apart)</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="55"/>
        <source>人材</source>
        <translation>Talent</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="56"/>
        <source>企業</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="57"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="58"/>
        <source>人材→企業の順位</source>
        <translation>Talent&apos;s rank of the SME</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="59"/>
        <source>企業→人材の順位</source>
        <translation>SME&apos;s rank of the talent</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="60"/>
        <source>提供スキル</source>
        <translation>Skills offered</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="61"/>
        <source>求めるスキル</source>
        <translation>Skills wanted</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="62"/>
        <source>スキル適合</source>
        <translation>Skill fit</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="62"/>
        <source>○</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="76"/>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="141"/>
        <source>希望と条件…</source>
        <translation>Wishes and conditions…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="78"/>
        <source>人材の希望、企業の受け入れ人数・求めるスキル・研究所の希望、固定・禁止ペアを入力します</source>
        <translation>Enter the talents&apos; wishes, the companies&apos; places, skills wanted and the lab&apos;s preferences, and fixed or forbidden pairs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="79"/>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="142"/>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="178"/>
        <source>提案</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="81"/>
        <source>希望と制約から最適な組み合わせを計算し、候補として保存します（候補より先に進んだペアはそのまま）</source>
        <translation>Computes the best pairs from the wishes and constraints and saves them as candidates (pairs past candidate stay as they are)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="82"/>
        <source>次の段階へ</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="83"/>
        <source>解消…</source>
        <translation>Dissolve…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="90"/>
        <source>順位は希望の何番目か（— は希望になし）。灰色は終了・解消したペアです。</source>
        <translation>A rank is the place in the wishes (— when not listed). Grey pairs have ended or been dissolved.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="133"/>
        <source>ペア {0} 組（進行中 {1} 組）</source>
        <translation>{0} pairs ({1} in progress)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="139"/>
        <source>マッチングのペアはまだありません。「希望と条件…」で人材と企業の希望を入力し、「提案」で候補のペアを作ります。</source>
        <translation>No matching pairs yet. Enter the wishes of talents and companies with &quot;Wishes and conditions…&quot;, then make candidate pairs with &quot;Propose&quot;.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="158"/>
        <source>プログラムがまだありません。先にプログラムを作成してください</source>
        <translation>There is no programme yet. Create one first</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="163"/>
        <source>進行中のペアを選んでください</source>
        <translation>Choose a pair in progress</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="173"/>
        <source>希望と条件を変更</source>
        <translation>Change wishes and conditions</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="178"/>
        <source>人材と企業の候補ペアを計算して作成しますか？</source>
        <translation>Compute and create candidate talent–company pairs?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="181"/>
        <source>マッチングを計算しています…</source>
        <translation>Computing the matching…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="183"/>
        <source>提案できません</source>
        <translation>Cannot propose</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="195"/>
        <source>ペアの解消</source>
        <translation>Dissolve the pair</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="196"/>
        <source>{0} と {1} のペアを解消する理由</source>
        <translation>Why the pair of {0} and {1} is dissolved</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/matching_page.py" line="202"/>
        <source>{0} とのペアを「{1}」に</source>
        <translation>Pair with {0}: {1}</translation>
    </message>
</context>
<context>
    <name>MeetupPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="36"/>
        <source>ミートアップ</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="42"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="43"/>
        <source>印刷センターでこのイベントの配布資料を開きます</source>
        <translation>Open this event&apos;s handouts in the print centre</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="55"/>
        <source>アジェンダ</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="56"/>
        <source>ラウンドテーブル</source>
        <translation>Round tables</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="57"/>
        <source>資料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="116"/>
        <source>オンラインイベントはまだありません。「イベント」ページで種別「ミートアップ」のイベントを追加すると、アジェンダとラウンドテーブル（テーブルはプログラムの地域から作られます）をここで編集できます。</source>
        <translation>There are no online events yet. Add an event of kind “Meetup” on the Events page, then edit its agenda and round tables here (the tables are made from the programme&apos;s regions).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="117"/>
        <source>イベントを追加…</source>
        <translation>Add an event…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/meetup_page.py" line="142"/>
        <source>配布資料があるのはミートアップのイベントです。ミートアップを選んでください</source>
        <translation>Only meetups have handouts; choose a meetup</translation>
    </message>
</context>
<context>
    <name>MemberChoice</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="50"/>
        <source>全員</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="51"/>
        <source>一部の参加者</source>
        <translation>Some participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="64"/>
        <source>参加者を個別に登録すると一部を選べます（ツアー設定の「参加者」）</source>
        <translation>List the participants individually to choose some of them (“Participants” in the tour settings)</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="93"/>
        <source>参加者を追加</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="100"/>
        <source>登録済みの人材・ラボ担当・事務局から選んでください。</source>
        <translation>Choose from the registered talents, lab staff and secretariat.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="159"/>
        <source>支払済</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="160"/>
        <source>承認済・未払</source>
        <translation>Approved, unpaid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/budget_charts.py" line="163"/>
        <source>承認済の支払はまだありません</source>
        <translation>No approved payments yet</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="40"/>
        <source>発着地</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="41"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="42"/>
        <source>対象</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="48"/>
        <source>先に「場所」タブで空港や駅（発着地）を追加してください。</source>
        <translation>First add an airport or station (gateway) on the “Places” tab.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="59"/>
        <source>発着地: 場所を選んでください。</source>
        <translation>Gateway: choose a place.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="60"/>
        <source>対象: 1人以上選ぶか「全員」にしてください。</source>
        <translation>Who: choose at least one person or “Everyone”.</translation>
    </message>
</context>
<context>
    <name>MovementsEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="87"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="87"/>
        <source>発着地</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="87"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="88"/>
        <source>対象</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="91"/>
        <source>到着を追加…</source>
        <translation>Add arrival…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="92"/>
        <source>出発を追加…</source>
        <translation>Add departure…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="93"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="94"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="96"/>
        <source>グループや参加者ごとに、到着・出発する空港や駅と時刻を登録します。</source>
        <translation>Enter the airport or station and time of arrival and departure for each group or participant.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="107"/>
        <source>全員</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="109"/>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="125"/>
        <source>到着</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="109"/>
        <location filename="../../colead_desktop/ui/tours/movements.py" line="126"/>
        <source>出発</source>
        <translation>Departure</translation>
    </message>
</context>
<context>
    <name>NewTourDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="220"/>
        <source>ツアーの新規作成</source>
        <translation>New tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="221"/>
        <source>ガイドラインのひな形から（オリエンテーション・企業訪問・発表会など）</source>
        <translation>From the guideline template (orientation, company visits, presentation…)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="223"/>
        <source>空のツアー（項目なし）</source>
        <translation>Blank tour (no items)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="235"/>
        <source> 日間</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="239"/>
        <source>このプログラムには地域がまだありません。地域名を入力するか、「地域・企業」のページで地域を追加してください。</source>
        <translation>This programme has no regions yet. Type a region name, or add a region on the Regions &amp; companies page.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="242"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="243"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="244"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="245"/>
        <source>始め方</source>
        <translation>Start from</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="253"/>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="254"/>
        <source>地域を選ぶか入力してください</source>
        <translation>Choose or type a region</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="103"/>
        <source>次年度を作成: {0}</source>
        <translation>Create the next year: {0}</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="64"/>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="78"/>
        <source>持ち出し</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="65"/>
        <source>プログラムがありません。先にプログラムを作成してください。</source>
        <translation>There is no programme. Create a programme first.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="71"/>
        <source>持ち出しファイルの保存</source>
        <translation>Save the offline copy</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="72"/>
        <source>持ち出し_{0}.sqlite</source>
        <translation>checkout_{0}.sqlite</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="80"/>
        <source>「{0}」を {1} に持ち出しました（{2} まで）。
ネットワークのない場所では「データベースを開く…」でこのファイルを開いて作業し、戻ったら「持ち帰り…」で書き戻します。</source>
        <translation>Checked out &quot;{0}&quot; to {1} (until {2}).
Where there is no network, open this file with Open Database… and work on it; back on the network, write it back with Check in….</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="84"/>
        <source>持ち出しています…</source>
        <translation>Checking out…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="86"/>
        <source>持ち出しできません</source>
        <translation>Cannot check out</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="91"/>
        <source>書き戻す変更: {0} 件、削除: {1} 件、追加: {2} 件</source>
        <translation>Changes to write back: {0}, deletions: {1}, additions: {2}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="93"/>
        <source>競合（書き戻しません）: {0} 件</source>
        <translation>Conflicts (not written back): {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="94"/>
        <source>参照用の記録の変更（書き戻しません）: {0} 件</source>
        <translation>Changes to reference-only records (not written back): {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="106"/>
        <source>持ち帰るファイル</source>
        <translation>Offline copy to check in</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="111"/>
        <source>持ち帰りできません</source>
        <translation>Cannot check in</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="115"/>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="118"/>
        <source>持ち帰り</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="119"/>
        <source>書き戻しますか？</source>
        <translation>Write them back?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="121"/>
        <source>持ち帰っています…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="124"/>
        <source>持ち帰る変更を確認しています…</source>
        <translation>Looking at the changes to check in…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="149"/>
        <source>持ち出しファイル「{0}」は持ち帰り済みです。ここでの変更は共有データベースに書き戻されません。</source>
        <translation>The offline copy &quot;{0}&quot; has been checked in. Changes made here are not written back to the shared database.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/offline_actions.py" line="153"/>
        <source>持ち出しファイル「{0}」（{1}/{2}まで）を開いています。持ち出した記録は編集でき、戻ったら共有データベースで ファイル &gt; 持ち帰り… で書き戻します。参照用に持ち出した記録（人材・イベントなど）は変更できません。</source>
        <translation>You are working in the offline copy &quot;{0}&quot; (until {1}/{2}). The records checked out can be edited; back on the shared database, File &gt; Check in… writes them back. Records carried for reference only (talents, events and so on) cannot be changed.</translation>
    </message>
</context>
<context>
    <name>OutputLanguageBox</name>
    <message>
        <location filename="../../colead_desktop/ui/output_language.py" line="27"/>
        <source>書き出すファイルの言語（既定はアプリの言語）。英語では日付を西暦で書きます</source>
        <translation>Language of the files written (default: the app language). English files use Gregorian dates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/output_language.py" line="30"/>
        <source>出力言語</source>
        <translation>Output language</translation>
    </message>
</context>
<context>
    <name>PageLoad</name>
    <message>
        <location filename="../../colead_desktop/ui/page_load.py" line="54"/>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/page_load.py" line="112"/>
        <source>読み込めません</source>
        <translation>Cannot load</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/page_load.py" line="114"/>
        <source>読み込めません。
{0}</source>
        <translation>Cannot load.
{0}</translation>
    </message>
</context>
<context>
    <name>PaidDateDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="45"/>
        <source>支払済みにする</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="47"/>
        <source>この操作は元に戻せません。</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="49"/>
        <source>支払日（銀行の振込結果の日付）</source>
        <translation>Paid on (the date of the bank&apos;s result)</translation>
    </message>
</context>
<context>
    <name>PairHistory</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="25"/>
        <source>（作成）</source>
        <translation>(created)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="30"/>
        <source>履歴</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="34"/>
        <source>{0} {1}: {2} → {3}</source>
        <translation>{0} {1}: {2} → {3}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="36"/>
        <source>{0}（理由: {1}）</source>
        <translation>{0} (reason: {1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="46"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="47"/>
        <source>担当</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="48"/>
        <source>変更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="49"/>
        <source>変更後</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="50"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="68"/>
        <source>履歴（ペアを選ぶと表示します）</source>
        <translation>History (choose a pair to see it)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/pair_history.py" line="69"/>
        <source>{0} と {1} の履歴</source>
        <translation>History of {0} and {1}</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="124"/>
        <source>参加者を個別に登録する</source>
        <translation>List participants individually</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="125"/>
        <source>人数だけを入力する</source>
        <translation>Enter the head count only</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="131"/>
        <source> 名</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="134"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="134"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="134"/>
        <source>所属・役割</source>
        <translation>Affiliation and role</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="136"/>
        <source>データベースから追加…</source>
        <translation>Add from database…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="137"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="163"/>
        <source>{0}（アーカイブ済み）</source>
        <translation>{0} (archived)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="170"/>
        <source>{0}名</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="172"/>
        <source>・アーカイブ済み {0}名は数えません</source>
        <translation> · {0} archived not counted</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="186"/>
        <source>{0}: {1} 件（{2}）</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="190"/>
        <source>次の参加者は項目や到着・出発で個別に指定されています。削除すると、それらからも外します（その人だけが指定されたものは参加者なしになります）。
{0}

削除しますか？</source>
        <translation>These participants are named individually by items or arrivals/departures. Removing them takes them off those too (one naming only them is left with nobody).
{0}

Remove them?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/party.py" line="190"/>
        <source>参加者の削除</source>
        <translation>Remove participants</translation>
    </message>
</context>
<context>
    <name>PayeeTab</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="79"/>
        <source>個人（源泉徴収あり）</source>
        <translation>Individual (tax withheld)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="80"/>
        <source>源泉徴収なし</source>
        <translation>No withholding</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="86"/>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="183"/>
        <source>表示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="87"/>
        <source>口座番号を表示して編集できるようにします</source>
        <translation>Show the account number so that it can be edited</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="94"/>
        <source>当方負担</source>
        <translation>Borne by us</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="95"/>
        <source>先方負担（振込額から差引）</source>
        <translation>Borne by the payee (deducted from the transfer)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="96"/>
        <source> 円</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="97"/>
        <source>⚠ フリガナと一致しません</source>
        <translation>⚠ Does not match the kana name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="99"/>
        <source>口座名義が受取人のフリガナと違います。本人（または所属企業）の口座か確認してください</source>
        <translation>The account holder differs from the payee&apos;s kana name. Check that the account is the payee&apos;s own (or their employer&apos;s).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="107"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="107"/>
        <source>フリガナ</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="107"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="108"/>
        <source>税区分</source>
        <translation>Tax treatment</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="108"/>
        <source>源泉徴収なしの理由</source>
        <translation>Reason for no withholding</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="178"/>
        <source>7桁の数字</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="185"/>
        <source>「表示」を押すと入力できます</source>
        <translation>Press “Show” to type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="186"/>
        <source>口座番号は隠してあります。「表示」を押すと表示して編集できます</source>
        <translation>The account number is hidden. Press “Show” to see and edit it</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="224"/>
        <source>受取人情報を保存</source>
        <translation>Save payee details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="105"/>
        <source>所属企業へ支払う場合のみ（支払調書・明細書の受取人になります）</source>
        <translation>Only when paid to the employer company (it becomes the recipient on the payment record and statement)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="109"/>
        <source>支払先の所属企業</source>
        <translation>Employer company paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="109"/>
        <source>所属企業の所在地</source>
        <translation>Employer&apos;s address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="121"/>
        <source>振込先口座</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="110"/>
        <source>金融機関コード</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="110"/>
        <source>金融機関名（カナ）</source>
        <translation>Bank name (kana)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="111"/>
        <source>支店コード</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="111"/>
        <source>支店名（カナ）</source>
        <translation>Branch name (kana)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="112"/>
        <source>預金種目</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="112"/>
        <source>口座番号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="113"/>
        <source>口座名義（半角カナ）</source>
        <translation>Account holder (half-width kana)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="113"/>
        <source>振込手数料</source>
        <translation>Bank fee</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="115"/>
        <source>手数料額</source>
        <translation>Fee amount</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="126"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="177"/>
        <source>隠す</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="216"/>
        <source>受取人情報を保存できません</source>
        <translation>Cannot save the payee details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/payee_tab.py" line="276"/>
        <source>受取人情報（{0}）</source>
        <translation>Payee details ({0})</translation>
    </message>
</context>
<context>
    <name>PaymentExports</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="32"/>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="55"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="36"/>
        <source>支払明細書 PDF（選択中の人）…</source>
        <translation>Statement PDF (selected person)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="37"/>
        <source>支払明細書 PDF 一括（承認済み全員・1ファイル）…</source>
        <translation>Statement PDFs, batch (all approved, one file)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="38"/>
        <source>支払明細書 PDF（承認済み全員・フォルダ）…</source>
        <translation>Statement PDFs (all approved, folder)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="40"/>
        <source>経理用ワークブック（.xlsx）…</source>
        <translation>Accountants&apos; workbook (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="41"/>
        <source>支払調書 一覧（.xlsx）…</source>
        <translation>Annual payment records list (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="42"/>
        <source>源泉徴収 月別集計（.xlsx）…</source>
        <translation>Withholding by month (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="43"/>
        <source>監査ログ（.csv）…</source>
        <translation>Audit log (.csv)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="47"/>
        <source>明細書とワークブックの言語。支払調書は税務の様式のため常に日本語です</source>
        <translation>Language of statements and workbooks. 支払調書 (annual payment record) is a tax form and is always Japanese</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="55"/>
        <source>書き出しました: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="58"/>
        <source>書き出しできません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="70"/>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="80"/>
        <source>支払明細書を作成しています…</source>
        <translation>Creating statements…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="75"/>
        <source>支払明細書（一括）を作成しています…</source>
        <translation>Creating the statements (batch)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="86"/>
        <source>支払明細書</source>
        <translation>Payment statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="86"/>
        <source>この人の支払明細書はまだありません。</source>
        <translation>This person has no statement yet.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="88"/>
        <source>支払明細書 PDF</source>
        <translation>Statement PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="93"/>
        <source>支払明細書 PDF 一括</source>
        <translation>Statement PDFs (batch)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="98"/>
        <source>支払明細書の保存先フォルダ</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="103"/>
        <source>経理用ワークブック</source>
        <translation>Accountants&apos; workbook</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="106"/>
        <source>ワークブックを作成しています…</source>
        <translation>Creating the workbook…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="110"/>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="114"/>
        <source>支払調書 一覧</source>
        <translation>Annual payment records</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="110"/>
        <source>対象の年（支払った年）</source>
        <translation>Year (of payment)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="117"/>
        <source>支払調書の一覧を作成しています…</source>
        <translation>Creating the annual payment records…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="121"/>
        <source>源泉徴収 月別集計</source>
        <translation>Withholding by month</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="124"/>
        <source>源泉徴収の月別集計を作成しています…</source>
        <translation>Writing the withholding summary by month…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="128"/>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/exports.py" line="130"/>
        <source>監査ログを書き出しています…</source>
        <translation>Exporting the audit log…</translation>
    </message>
</context>
<context>
    <name>PaymentRecordDelete</name>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="218"/>
        <source>この記録は既に削除されています。</source>
        <translation>This record has been deleted already.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="96"/>
        <source>支払（日当・謝金・旅費）</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="98"/>
        <source>支給方針…</source>
        <translation>Payment policy…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="99"/>
        <source>旅費・謝金の支給ルール、日当・謝金の料率（適用開始日ごと）、地域ごとの上書き</source>
        <translation>Payment rules for travel cost and honorarium, per diem and honorarium rates (by effective date), and regional overrides</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="100"/>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="624"/>
        <source>明細書を作成</source>
        <translation>Compute statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="101"/>
        <source>記録から下書きの支払明細書を計算します</source>
        <translation>Compute a draft payment statement from the records</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="102"/>
        <source>承認</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="105"/>
        <source>訂正明細書</source>
        <translation>Adjusting statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="106"/>
        <source>承認済みの明細書を訂正する調整明細書（差額のみ）を作成します</source>
        <translation>Create an adjusting statement (difference only) that corrects an approved statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="107"/>
        <source>返金受領…</source>
        <translation>Refund received…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="108"/>
        <source>返金請求（マイナスの訂正明細書）の返金を受け取った日を記録します</source>
        <translation>Records the day the refund of a reclaim (a negative correction) was received</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="109"/>
        <source>振込なしで確定…</source>
        <translation>Settle without a transfer…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="110"/>
        <source>振込金額が0円の承認済の明細書を、振込なしで確定（支払済）にします</source>
        <translation>Settles an approved statement of ¥0 without a transfer (paid)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="111"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="112"/>
        <source>印刷センターで選択中の人の支払明細書（承認済み）を開きます</source>
        <translation>Open the selected person&apos;s approved payment statement in the print centre</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="126"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="126"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="127"/>
        <source>明細書</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="128"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="129"/>
        <source>総額</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="130"/>
        <source>源泉徴収</source>
        <translation>Withholding</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="131"/>
        <source>手数料</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="131"/>
        <source>差引支払額</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="146"/>
        <source>支払先</source>
        <translation>Payees</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="186"/>
        <source>源泉徴収（月別）</source>
        <translation>Withholding by month</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="192"/>
        <source>明細</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="193"/>
        <source>ツアー参加日</source>
        <translation>Tour days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="194"/>
        <source>作業日</source>
        <translation>Work days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="195"/>
        <source>経費</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="199"/>
        <source>受取人情報</source>
        <translation>Payee details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="202"/>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="212"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="212"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="212"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="212"/>
        <source>料率</source>
        <translation>Rates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="231"/>
        <source>支払月</source>
        <translation>Month paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="238"/>
        <source>同じ支払者のすべてのプログラム（前年度・次年度を含む）の支払済の明細書を支払日の月ごとに集計します（訂正は差額、源泉徴収のない支払・振込なしで確定した0円の明細書は含みません）。納期限は翌月10日（休日の場合は翌営業日）です。</source>
        <translation>Paid statements of every programme of the same payer (including the previous and next fiscal years), added up by month of payment (a correction by its difference; payments with no withholding and ¥0 statements settled without a transfer are left out). The tax is due on the 10th of the following month (the next business day if that is a holiday).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="664"/>
        <source>明細書 {no} の返金請求 {a} 円を返金受領済みにします。支払調書・月別の源泉徴収・予算の支払済に、この日付で数えます。</source>
        <translation>Statement {no}: the reclaim of ¥{a} is recorded as refunded. The payment records (支払調書), the monthly withholding and the budget&apos;s paid figures count it on this date.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="230"/>
        <source>{y}年{m}月</source>
        <translation>{y}-{m:02}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="232"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="232"/>
        <source>支払金額</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="233"/>
        <source>源泉徴収税額</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="234"/>
        <source>納期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="241"/>
        <source>Excel に書き出す…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="259"/>
        <source>選択中の人の明細書・記録・受取人情報</source>
        <translation>Selected person&apos;s statements, records and payee details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="387"/>
        <source>合計（承認済・振込データ作成済み・支払済の明細書 {n} 件。訂正は差額、返金請求はマイナス）&lt;br&gt;総額 &lt;b&gt;{g}&lt;/b&gt; 円&#x3000;源泉徴収 {w} 円&#x3000;手数料 {f} 円&#x3000;差引支払額 &lt;b&gt;{net}&lt;/b&gt; 円</source>
        <translation>Totals ({n} approved, in-run and paid statements; corrections as differences, reclaims negative)&lt;br&gt;Gross &lt;b&gt;{g}&lt;/b&gt; yen&#x3000;Withholding {w} yen&#x3000;Fees {f} yen&#x3000;Net &lt;b&gt;{net}&lt;/b&gt; yen</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="390"/>
        <source>&lt;br&gt;下書きの明細書 {d} 件は合計に含みません</source>
        <translation>&lt;br&gt;{d} draft statement(s) not included in the totals</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="437"/>
        <source>返金受領を記録できるのは、承認済の返金請求（マイナスの訂正明細書）です</source>
        <translation>A refund can be recorded only for an approved reclaim (a negative correction)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="462"/>
        <source>{me} として承認します（作成者: {by}）</source>
        <translation>Approve as {me} (computed by {by})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="463"/>
        <source>不明</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="478"/>
        <source>&lt;b&gt;{no}&lt;/b&gt;&#x3000;&lt;span style=&apos;color:{c}&apos;&gt;■ {status}&lt;/span&gt;{approved}&lt;br&gt;期間 {start} 〜 {end}{transfer}&lt;br&gt;{money}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;{note}&lt;/span&gt;{adjust}</source>
        <translation>&lt;b&gt;{no}&lt;/b&gt;  &lt;span style=&apos;color:{c}&apos;&gt;■ {status}&lt;/span&gt;{approved}&lt;br&gt;Period {start} – {end}{transfer}&lt;br&gt;{money}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;{note}&lt;/span&gt;{adjust}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="605"/>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="610"/>
        <source>支給方針</source>
        <translation>Payment policy</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="611"/>
        <source>新しい支給方針で下書きの明細書を再計算しました: {nos}</source>
        <translation>Draft statements recomputed with the new payment policy: {nos}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="666"/>
        <source>返金受領</source>
        <translation>Refund received</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="666"/>
        <source>返金受領日（入金を確認した日）</source>
        <translation>Refund date (the day the money arrived)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="666"/>
        <source>返金受領を記録できません</source>
        <translation>The refund cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="680"/>
        <source>選択中の人の振込金額が0円の明細書を、振込なしで確定（支払済）にします。支払調書・月別の源泉徴収に、この日付で数えます。</source>
        <translation>The selected person&apos;s statements of ¥0 are settled (paid) without a transfer. The payment record (支払調書) and the monthly withholding count them on this date.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="684"/>
        <source>振込なしで確定できません</source>
        <translation>Cannot settle without a transfer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="718"/>
        <source>訂正明細書を作成</source>
        <translation>Create correction statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="253"/>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="103"/>
        <source>支払処理…</source>
        <translation>Payment runs…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="104"/>
        <source>承認済みの明細書の全銀ファイルを作成し、振込結果の日付で支払済みにします</source>
        <translation>Makes the Zengin file of the approved statements and marks them paid on the date of the bank&apos;s result</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="253"/>
        <source>変更者</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="254"/>
        <source>対象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="255"/>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="255"/>
        <source>変更前</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="256"/>
        <source>変更後</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="260"/>
        <source>すべて（最新500件）</source>
        <translation>Everything (latest 500)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="262"/>
        <source>CSV に書き出す…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="276"/>
        <source>操作できません</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="125"/>
        <source>未作成</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="356"/>
        <source>プログラムがまだありません。先にプログラムを作成してください</source>
        <translation>There is no programme yet. Create a programme first</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="363"/>
        <source>支払の対象になる人材がまだいません。人材を登録し、ツアー参加日や作業日を記録すると、ここで支払明細書を作成できます。</source>
        <translation>There are no talents to pay yet. Add talents and record their tour and work days, then create payment statements here.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="364"/>
        <source>人材を追加…</source>
        <translation>Add a talent…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="365"/>
        <source>名簿の取り込み…</source>
        <translation>Import a roster…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="431"/>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="456"/>
        <source>一覧から人を選んでください</source>
        <translation>Choose a person in the list</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="433"/>
        <source>承認済みまたは支払済みの明細書を選んでください</source>
        <translation>Choose an approved or paid statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="440"/>
        <source>振込なしで確定できるのは、振込金額が0円の承認済の明細書です</source>
        <translation>Only an approved statement of ¥0 can be settled without a transfer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="442"/>
        <source>明細書は承認済みです。変更は「訂正明細書」で行います</source>
        <translation>The statement is approved; change it with a correcting statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="457"/>
        <source>承認できるのは下書きの明細書です</source>
        <translation>Only a draft statement can be approved</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="470"/>
        <source>支払明細書はまだありません。記録を入力して「明細書を作成」を押してください。</source>
        <translation>No statement yet. Enter the records and press &quot;Compute statement&quot;.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="474"/>
        <source>&#x3000;承認: {who}（{on}）</source>
        <translation>  approved by {who} ({on})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="486"/>
        <source>明細書の作成後に記録が変更されました（上の金額は変更前のもの）。「明細書を作成」で計算し直してください</source>
        <translation>The records changed after this statement was computed (the amounts above are from before). Press Compute statement to compute it again</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="489"/>
        <source>振込金額0円で未確定の明細書 {nos} があります（「振込なしで確定」で確定します）</source>
        <translation>Statements of ¥0 not yet settled: {nos} (use &quot;Settle without a transfer&quot;)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="506"/>
        <source>使用した料率: </source>
        <translation>Rates used: </translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="507"/>
        <source>{id}（{start}〜）日当 {pd} 円/日、謝金 {h} 円/日（上限 {cap} 円）</source>
        <translation>{id} (from {start}): per diem ¥{pd}/day, honorarium ¥{h}/day (cap ¥{cap})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="510"/>
        <source>&#x3000;（括弧内の金額は支給対象外）</source>
        <translation>  (amounts in brackets are not paid)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="539"/>
        <source>&#x3000;振込なし（確定日 {day}）</source>
        <translation>&#x3000;No transfer (settled on {day})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="540"/>
        <source>&#x3000;振込なし（「振込なしで確定」で確定します）</source>
        <translation>&#x3000;No transfer (settle it with &quot;Settle without a transfer&quot;)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="542"/>
        <source>&#x3000;振込予定日 {day}</source>
        <translation>  transfer date {day}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="543"/>
        <source>（明細書 {no} と同じ振込・手数料なし）</source>
        <translation> (in the same transfer as statement {no}, no fee)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="546"/>
        <source>&#x3000;返金受領日 {day}</source>
        <translation>  refund received {day}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="553"/>
        <source>総額 &lt;b&gt;{g}&lt;/b&gt; 円&#x3000;源泉徴収 {w} 円&#x3000;手数料 {f} 円&#x3000;差引支払額 &lt;b&gt;{n}&lt;/b&gt; 円&#x3000;振込金額 {t} 円</source>
        <translation>Gross ¥&lt;b&gt;{g}&lt;/b&gt;  withholding ¥{w}  fee ¥{f}  net ¥&lt;b&gt;{n}&lt;/b&gt;  transfer ¥{t}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="556"/>
        <source>訂正後の総額 {g} 円・源泉徴収 {w} 円&#x3000;今回の差額: 総額 {dg} 円・源泉徴収 {dw} 円&#x3000;手数料 0 円&#x3000;返金請求額 &lt;b&gt;{a}&lt;/b&gt; 円</source>
        <translation>Corrected gross ¥{g}, withholding ¥{w}  this difference: gross ¥{dg}, withholding ¥{dw}  fee ¥0  to be refunded ¥&lt;b&gt;{a}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="565"/>
        <source>振込金額 {t} 円（総額 {g} 円・源泉徴収 {w} 円・手数料 {f} 円）</source>
        <translation>Transfer ¥{t} (gross ¥{g}, withholding ¥{w}, fee ¥{f})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="568"/>
        <source>{no} の訂正: 返金を請求する額 {a} 円（差額: 総額 {g} 円・源泉徴収 {w} 円）</source>
        <translation>Correction of {no}: ¥{a} to be reclaimed (difference: gross ¥{g}, withholding ¥{w})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="571"/>
        <source>{no} の訂正: 差額の振込金額 {t} 円（差額: 総額 {g} 円・源泉徴収 {w} 円・手数料 {f} 円）</source>
        <translation>Correction of {no}: ¥{t} transferred for the difference (difference: gross ¥{g}, withholding ¥{w}, fee ¥{f})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="574"/>
        <source>{no} の訂正: 金額の変更はありません（振込・返金はありません）</source>
        <translation>Correction of {no}: no amount changes (nothing transferred or reclaimed)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="581"/>
        <source>差額は「明細書を作成」で計算し直すと表示されます</source>
        <translation>The difference is shown once the statement is computed again (Compute statement)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="583"/>
        <source>今回の差額の返金を請求します（振込はありません）</source>
        <translation>the payee is asked to refund the difference (no transfer)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="585"/>
        <source>今回の差額を支払います</source>
        <translation>this statement pays the difference</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="587"/>
        <source>金額の変更はありません（振込・返金はありません）</source>
        <translation>no amount changes (nothing is transferred or refunded)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="587"/>
        <source>&lt;br&gt;訂正対象: {no}（理由: {reason}）&#x3000;{what}</source>
        <translation>&lt;br&gt;Corrects {no} (reason: {reason}); {what}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="646"/>
        <source>承認の確認</source>
        <translation>Confirm approval</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="648"/>
        <source>明細書 {no} を承認しますか？
{amount}
承認した明細書は変更できません。この操作は元に戻せません（誤りは訂正明細書で直します）。</source>
        <translation>Approve statement {no}?
{amount}
An approved statement cannot be changed. This cannot be undone (a mistake is put right with a correction statement).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/payments_page.py" line="654"/>
        <source>承認できません</source>
        <translation>Cannot approve</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="49"/>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="57"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="60"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="60"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="60"/>
        <source>緯度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="61"/>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="61"/>
        <source>開始時刻</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="61"/>
        <source>経度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="63"/>
        <source>終了時刻</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="63"/>
        <source>空欄は不明</source>
        <translation>Leave blank if unknown</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="64"/>
        <source>例: {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="81"/>
        <source>定休日</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="88"/>
        <source>設備（拠点会場）</source>
        <translation>Facilities (base venue)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="99"/>
        <source>会場の登録内容をコピーしました。このツアー用に変更できます。</source>
        <translation>The venue&apos;s details were copied. You can change them for this tour.</translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="202"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="202"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="202"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="202"/>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="203"/>
        <source>営業時間・定休日</source>
        <translation>Hours and closing days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="207"/>
        <source>会場から追加…</source>
        <translation>Add from venues…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="208"/>
        <source>企業から追加…</source>
        <translation>Add from companies…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="209"/>
        <source>施設・発着地を追加…</source>
        <translation>Add facility or gateway…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="210"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="211"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="222"/>
        <source>休: {0}</source>
        <translation>Closed: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="261"/>
        <source>会場から追加</source>
        <translation>Add from venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="254"/>
        <source>「{0}」はすでに場所「{1}」として登録されています。内容は「編集…」で変更できます。</source>
        <translation>“{0}” is already listed as the place “{1}”. Use “Edit…” to change its details.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="268"/>
        <source>企業から追加</source>
        <translation>Add from companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="297"/>
        <source>場所を削除できません</source>
        <translation>Cannot delete the place</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="298"/>
        <source>「{0}」は次で使われているため削除できません。
{1}</source>
        <translation>“{0}” cannot be deleted because it is used by:
{1}</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="322"/>
        <location filename="../../forms/policy_dialog.ui" line="14"/>
        <source>支給方針</source>
        <translation>Payment policy</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="110"/>
        <source>プログラム全体</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="112"/>
        <source>地域: {name}</source>
        <translation>Region: {name}</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="37"/>
        <source>この地域独自の方針にする（プログラム全体の方針を上書き）</source>
        <translation>Give this region its own policy (overrides the programme policy)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="86"/>
        <source>立替精算分（本人に現金で支払う旅費）も源泉徴収の対象にする</source>
        <translation>Withhold tax on reimbursements too (travel costs paid to the person in cash)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="103"/>
        <source>対象外にする場合は理由を記録してください（税理士の確認など）</source>
        <translation>If they are excluded, record the reason (e.g. confirmed by a tax accountant)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="54"/>
        <source>支給ルール</source>
        <translation>Payment rules</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="60"/>
        <source>旅費（現地までの交通費・宿泊費）</source>
        <translation>Travel cost (transport to the site, lodging)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="73"/>
        <source>謝金の対象</source>
        <translation>Honorarium paid for</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="93"/>
        <source>対象外とする理由</source>
        <translation>Reason for exclusion</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="176"/>
        <source>適用開始日</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="181"/>
        <source>料率ID</source>
        <translation>Rate ID</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="186"/>
        <source>日当/日</source>
        <translation>Per diem/day</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="191"/>
        <source>謝金/日</source>
        <translation>Honorarium/day</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="196"/>
        <source>謝金上限</source>
        <translation>Honorarium cap</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="201"/>
        <source>旅費上限</source>
        <translation>Travel cap</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="206"/>
        <source>旅費定額</source>
        <translation>Fixed travel</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="211"/>
        <source>使用した明細書</source>
        <translation>Used by statements</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="237"/>
        <source>既定の設定に戻す</source>
        <translation>Reset to the default settings</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="124"/>
        <source>料率を追加…</source>
        <translation>Add rates…</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="121"/>
        <source>新しい適用開始日からの料率を追加します（それより前の日は元の料率のまま）</source>
        <translation>Add rates from a new effective date (earlier days keep the previous rates)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="131"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="138"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="113"/>
        <source>料率（適用開始日ごとの履歴）</source>
        <translation>Rates (history by effective date)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="222"/>
        <source>事務局が一人の場合だけ。明細書を作成した人が承認でき、明細書に「単独承認」と印刷されます</source>
        <translation>Only for a one-person secretariat: whoever computed a statement may approve it, and the statement is printed with 「単独承認」 (single approval)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="225"/>
        <source>明細書を作成した人も承認できる（単独承認・プログラム全体）</source>
        <translation>Whoever computed a statement may also approve it (single approval, whole programme)</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="234"/>
        <source>旅費・宿泊費は実費、日当 10,000円/日、謝金 30,000円/日（上限 150,000円）、謝金は企業との個別支援のみ</source>
        <translation>Travel and lodging at actual cost, per diem ¥10,000/day, honorarium ¥30,000/day (cap ¥150,000), honorarium for individual company support only</translation>
    </message>
    <message>
        <location filename="../../forms/policy_dialog.ui" line="22"/>
        <source>対象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="187"/>
        <source>地域独自の方針がない地域の人材すべてに適用されます。</source>
        <translation>Applies to all talents in regions without a policy of their own.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="189"/>
        <source>{name}の人材にはこの方針が適用されます。</source>
        <translation>This policy applies to the talents of {name}.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="192"/>
        <source>{name}はプログラム全体の方針を使っています（下は表示のみ）。</source>
        <translation>{name} uses the programme policy (shown below, read-only).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="215"/>
        <source>（新規）</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="229"/>
        <source>{first} ほか{n}件</source>
        <translation>{first} and {n} more</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="260"/>
        <source>料率を変更できません</source>
        <translation>Cannot change the rates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="323"/>
        <source>支給方針を保存し、下書きの支払明細書をこの方針で再計算しますか？</source>
        <translation>Save the payment policy and recompute the draft payment statements under it?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="328"/>
        <source>支給方針を保存できません</source>
        <translation>Cannot save the payment policy</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/sections.py" line="350"/>
        <source>令和3年度（FY2021）の標準（チェック設定も標準）</source>
        <translation>FY2021 preset (and the default check settings)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/sections.py" line="352"/>
        <source>「{0}」からコピー</source>
        <translation>Copy from “{0}”</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../colead_desktop/ui/pdf_printing.py" line="47"/>
        <source>PDFを読み込めません: {0}</source>
        <translation>Cannot read the PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pdf_printing.py" line="63"/>
        <source>プリンターを開けません: {0}</source>
        <translation>Cannot open the printer: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="233"/>
        <location filename="../../forms/print_centre.ui" line="14"/>
        <source>印刷センター</source>
        <translation>Print centre</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="63"/>
        <source>縮小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="73"/>
        <source>拡大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="86"/>
        <source>幅に合わせる</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="83"/>
        <source>ページの幅に合わせる</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="96"/>
        <source>全体</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="93"/>
        <source>ページ全体を表示</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="119"/>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="142"/>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="167"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="177"/>
        <source>選択した書類をまとめて印刷…</source>
        <translation>Print the selected documents…</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="184"/>
        <source>PDFとして保存…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="191"/>
        <source>フォルダを開く</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../forms/print_centre.ui" line="198"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="125"/>
        <source>プリンター: {0}（印刷ダイアログで変更できます）</source>
        <translation>Printer: {0} (change it in the print dialog)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="128"/>
        <source>プリンターが見つかりません。PDFとして保存して、別のパソコンなどから印刷できます。</source>
        <translation>No printer found. Save as PDF and print it from another computer.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="154"/>
        <source>印刷できる書類がありません</source>
        <translation>There is nothing to print</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="207"/>
        <source>プレビューを作成しています…</source>
        <translation>Creating the preview…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="227"/>
        <source>&#x3000;〓＝印刷できない文字 {0}字</source>
        <translation>  〓 = characters that cannot be printed: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="229"/>
        <source>書体にない文字「{0}」（{1}）は〓で印刷されます。元の記録を直してください。</source>
        <translation>The font has no “{0}” ({1}): printed as 〓. Correct the record they come from.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="316"/>
        <source>印刷しています…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="322"/>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="323"/>
        <source>印刷を中止しました。{0} / {1} 件を印刷しました:
{2}</source>
        <translation>Printing stopped. Printed {0} of {1}:
{2}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="326"/>
        <source>{0} 件を印刷しました:
{1}</source>
        <translation>Printed {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="330"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="339"/>
        <source>PDFとして保存</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="345"/>
        <source>保存先のフォルダ</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="372"/>
        <source>{0} 件を保存しました: {1}</source>
        <translation>Saved {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/print_centre.py" line="377"/>
        <source>PDFを保存しています…</source>
        <translation>Saving PDFs…</translation>
    </message>
</context>
<context>
    <name>ProgrammeActions</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="36"/>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="42"/>
        <source>デモを読み込む</source>
        <translation>Load the demo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="37"/>
        <source>2021年度のデモを新しいプログラムとして読み込みますか？</source>
        <translation>Load the FY2021 demo as a new programme?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="44"/>
        <source>デモはすでに読み込まれています。「ファイル」&gt;「プログラム…」でデモのプログラムに切り替えられます。</source>
        <translation>The demo is already loaded. Switch to its programme with File &gt; Programmes….</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="48"/>
        <source>デモを読み込んでいます…</source>
        <translation>Loading the demo…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="50"/>
        <source>デモを読み込めません</source>
        <translation>Cannot load the demo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="65"/>
        <source>次年度のプログラムを作成しています…</source>
        <translation>Creating the next year&apos;s programme…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="69"/>
        <source>次年度を作成できません</source>
        <translation>Cannot create the next year</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="80"/>
        <source>次年度を作成</source>
        <translation>Create the next year</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="82"/>
        <source>「{copy}」を作成しました。新しいプログラムを今すぐ開きますか？

開かなければ「{current}」のまま作業を続けます。「ファイル」&gt;「プログラム…」でいつでも切り替えられます。</source>
        <translation>“{copy}” has been created. Open the new programme now?

If not, you go on working in “{current}”. You can switch at any time with File &gt; Programmes….</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="85"/>
        <source>新しいプログラムを開く</source>
        <translation>Open the new programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="87"/>
        <source>今のプログラムのまま</source>
        <translation>Stay on this programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="119"/>
        <source>プログラムがまだありません。新しいプログラムを作成しますか？</source>
        <translation>There is no programme yet. Create a new programme?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/actions.py" line="125"/>
        <source>プログラム設定</source>
        <translation>Programme settings</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsChange</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/settings_dialog.py" line="34"/>
        <source>プログラム設定を変更（{0}）</source>
        <translation>Change programme settings ({0})</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/settings_dialog.py" line="78"/>
        <source>{0}（表示のみ）</source>
        <translation>{0} (read only)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/settings_dialog.py" line="93"/>
        <location filename="../../colead_desktop/ui/programme/settings_dialog.py" line="103"/>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ProgrammeSwitcher</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="51"/>
        <source>選んだプログラムを次年度のプログラムにコピーします</source>
        <translation>Copies the chosen programme into a programme for the next year</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="60"/>
        <source>（表示中）</source>
        <translation> (shown)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="61"/>
        <source>デモ</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="72"/>
        <source>デモはすでに読み込まれています（一覧の「デモ」の行）</source>
        <translation>The demo is already loaded (the row marked Demo)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/switcher.py" line="83"/>
        <source>一覧からプログラムを選んでください</source>
        <translation>Choose a programme in the list</translation>
    </message>
</context>
<context>
    <name>ProgrammeWizard</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/wizard.py" line="54"/>
        <source>新しいプログラム</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/wizard.py" line="86"/>
        <source>プログラムの作成</source>
        <translation>Create programme</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/wizard.py" line="86"/>
        <source>この内容でプログラムを作成しますか？</source>
        <translation>Create the programme with these settings?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/wizard.py" line="92"/>
        <source>プログラムを作成できません</source>
        <translation>Cannot create the programme</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="33"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="34"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="35"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="36"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="111"/>
        <source>追加できる相手はもうありません</source>
        <translation>No one left to add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/ranked_list.py" line="113"/>
        <source>順位の行を選んでください</source>
        <translation>Choose a row of the ranking</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="39"/>
        <source>料率の編集</source>
        <translation>Edit rates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="40"/>
        <source>料率の追加</source>
        <translation>Add rates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="40"/>
        <source>{title}（{scope}）</source>
        <translation>{title} ({scope})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="45"/>
        <source> 円/日</source>
        <translation> yen/day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="46"/>
        <source> 円</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="57"/>
        <source>旅費の上限額は「上限を決めて実費支給」、定額は「定額支給」のときに使います。</source>
        <translation>The travel cap is used with “Actual cost up to a cap”, the fixed amount with “Fixed amount”.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="60"/>
        <source>適用開始日</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="61"/>
        <source>日当（ツアー参加日）</source>
        <translation>Per diem (tour day)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="62"/>
        <source>謝金 日額</source>
        <translation>Honorarium per day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="63"/>
        <source>謝金 上限（1人あたり）</source>
        <translation>Honorarium cap (per person)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="64"/>
        <source>旅費 上限額（1人あたり）</source>
        <translation>Travel cap (per person)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="65"/>
        <source>旅費 定額（1人あたり）</source>
        <translation>Fixed travel amount (per person)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/policy_dialog.py" line="84"/>
        <source>料率を確定できません</source>
        <translation>Cannot accept the rates</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/record_dialog.py" line="169"/>
        <source>数値を入力してください。</source>
        <translation>Enter a number.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="31"/>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="61"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="62"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="63"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="134"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="64"/>
        <source>フリガナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="65"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="66"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="82"/>
        <source>スキルタイプ</source>
        <translation>Skill type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="68"/>
        <source>キャリア</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="69"/>
        <source>担当地域</source>
        <translation>Assigned region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="70"/>
        <source>居住地</source>
        <translation>Home city</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="71"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="72"/>
        <source>アーカイブ済み</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="76"/>
        <source>戦略策定</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="77"/>
        <source>構想策定</source>
        <translation>Concept planning</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="78"/>
        <source>プロジェクト推進</source>
        <translation>Project delivery</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="85"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="96"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="106"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="110"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="118"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="126"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="136"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="142"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="86"/>
        <source>地域名</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="87"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="88"/>
        <source>IoT推進ラボ</source>
        <translation>IoT lab</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="89"/>
        <source>玄関口</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="90"/>
        <source>地域の課題</source>
        <translation>Regional issues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="94"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="137"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="95"/>
        <source>企業名</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="97"/>
        <source>業種</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="98"/>
        <source>ツアーでの役割</source>
        <translation>Role in the tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="99"/>
        <source>担当者</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="103"/>
        <source>（未選択）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="108"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="127"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="109"/>
        <source>会場名</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="111"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="123"/>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="131"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="112"/>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="113"/>
        <source>設備</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="114"/>
        <source>無償</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="120"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="121"/>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="122"/>
        <source>終了</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="124"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="125"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="133"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="135"/>
        <source>所属区分</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/record_kinds.py" line="138"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="155"/>
        <source>名称・住所で絞り込み</source>
        <translation>Filter by name or address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/places.py" line="156"/>
        <source>他の地域も表示</source>
        <translation>Show other regions too</translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="68"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="77"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="84"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="68"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="78"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="70"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="80"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="87"/>
        <source>追加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="71"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="81"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="88"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="72"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="218"/>
        <source>ツアーから取り込む</source>
        <translation>Import from tours</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="74"/>
        <source>保存済みのツアー（参加者・行程の参加者）とツアー行事から、この人の参加日のうち未登録の日を追加します。追加した日は編集・削除できます</source>
        <translation>Add this person&apos;s tour days not yet recorded, taken from the saved tours (participants and itinerary-item participants) and tour events. Added days can be edited or deleted</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="75"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="82"/>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="89"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="77"/>
        <source>活動</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="77"/>
        <source>企業</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="78"/>
        <source>確認者</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="78"/>
        <source>注意</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="84"/>
        <source>費目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="84"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="85"/>
        <source>支払先</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="85"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="85"/>
        <source>領収書</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="152"/>
        <source>事務局が直接支払</source>
        <translation>Paid by the secretariat</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="153"/>
        <source>本人立替</source>
        <translation>Paid by the person</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="165"/>
        <source>{kind}を追加</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="173"/>
        <source>{kind}を変更</source>
        <translation>Change {kind}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="182"/>
        <source>変更できません</source>
        <translation>Cannot make changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="215"/>
        <source>取り込むツアー参加日はありません（すべて記録済みか、ツアーの参加者ではありません）。</source>
        <translation>No tour days to take in (all are recorded already, or the person is not in a tour).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="266"/>
        <source>経費を変更できません</source>
        <translation>Cannot change the expense</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="268"/>
        <source>経費を変更（領収書 追加 {added}件・削除 {removed}件）</source>
        <translation>Edit expense ({added} receipts added, {removed} removed)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="282"/>
        <source>削除の確認</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="283"/>
        <source>選択した{kind}を削除しますか？（元に戻す: Ctrl+Z）</source>
        <translation>Delete the selected {kind}? (Undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/record_tabs.py" line="286"/>
        <source>{kind}を削除</source>
        <translation>Delete {kind}</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="67"/>
        <source>検索（全項目）</source>
        <translation>Search (all columns)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="75"/>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="233"/>
        <source>追加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="76"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="77"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="85"/>
        <source>アーカイブを表示</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="87"/>
        <source>アーカイブ解除</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="184"/>
        <source>{0}: すべて</source>
        <translation>{0}: all</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="235"/>
        <source>名簿の取り込み…</source>
        <translation>Import a roster…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="236"/>
        <source>{0}はまだ登録されていません。「追加…」で1件ずつ登録できます。</source>
        <translation>No {0} yet. Add them one by one with “Add…”.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="238"/>
        <source>名簿（.xlsx / .csv）からまとめて取り込むこともできます。</source>
        <translation> You can also import a roster (.xlsx / .csv) at once.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="265"/>
        <source>{0} 件中 {1} 件を表示</source>
        <translation>Showing {1} of {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="268"/>
        <source>（アーカイブ {0} 件は非表示）</source>
        <translation> ({0} archived hidden)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="284"/>
        <source>アーカイブされた記録を選んでください</source>
        <translation>Select an archived record</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="314"/>
        <source>{0}の追加</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="319"/>
        <source>{0}の編集</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="346"/>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="372"/>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="416"/>
        <source>削除できません</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="348"/>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="379"/>
        <source>削除の確認</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="349"/>
        <source>「{0}」を削除しますか？（元に戻す: Ctrl+Z）</source>
        <translation>Delete “{0}”? (Undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="352"/>
        <source>{0}の削除</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="361"/>
        <source>選択した{0}名はどれも削除できないため、何も削除していません。</source>
        <translation>None of the {0} selected talents can be deleted, so nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="365"/>
        <source>選択した{0}件はどれも削除できないため、何も削除していません。</source>
        <translation>None of the {0} selected rows can be deleted, so nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="369"/>
        <source>選択した{0}件のうち{1}件は削除できないため、{0}件とも削除していません。削除できる{2}件を削除するには、下の{1}件を選択から外して、もう一度削除してください。</source>
        <translation>{1} of the {0} selected rows cannot be deleted, so none of the {0} was deleted. To delete the other {2}, take the {1} listed below out of the selection and delete again.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="380"/>
        <source>選択した{0}件の{1}を削除しますか？（元に戻す: Ctrl+Z）</source>
        <translation>Delete the {0} selected rows from the {1} list? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="383"/>
        <source>{0}の削除（{1}件）</source>
        <translation>Delete {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="422"/>
        <source>{0}この人材は既にアーカイブされています。</source>
        <translation>{0} This talent is already archived.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="430"/>
        <source>アーカイブすると人材の一覧に表示されなくなり（「アーカイブを表示」で表示）、プログラムに追加できなくなります。支払・明細書・過去の明細書の出力はそのまま使えます。「アーカイブ解除」で元に戻せます。</source>
        <translation>An archived talent is hidden from the talent list (shown with “Show archived”) and cannot be added to a programme. Payments, statements and exports of past statements keep working. “Unarchive” brings them back.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="431"/>
        <source>アーカイブ</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="437"/>
        <source>{0}のアーカイブ</source>
        <translation>Archive {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="438"/>
        <source>{0}のアーカイブ（{1}件）</source>
        <translation>Archive {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="444"/>
        <source>{0}のアーカイブ解除</source>
        <translation>Unarchive {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/records_page.py" line="445"/>
        <source>{0}のアーカイブ解除（{1}件）</source>
        <translation>Unarchive {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RegionsSection</name>
    <message>
        <location filename="../../colead_desktop/ui/programme/sections.py" line="272"/>
        <source>削除する地域の行を選んでください</source>
        <translation>Choose the row of the region to remove</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/programme/sections.py" line="316"/>
        <source>{0} 行目: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="32"/>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="113"/>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="170"/>
        <source>名簿の取り込み</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="35"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="35"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="36"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="36"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="38"/>
        <source>ひな形を保存…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="39"/>
        <source>この種類の名簿で読める列をすべて並べた空の Excel ファイルを保存します</source>
        <translation>Saves an empty Excel file with every column a roster of this kind can have</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="41"/>
        <source>選択…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="42"/>
        <source>重複するレコードを更新する（既定: スキップ）</source>
        <translation>Update the records a row duplicates (default: skip them)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="49"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="59"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="60"/>
        <source>ファイル（.xlsx / .csv）</source>
        <translation>File (.xlsx / .csv)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="79"/>
        <source>名簿ファイルを選択</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="80"/>
        <source>名簿 (*.xlsx *.csv);;すべてのファイル (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="86"/>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="95"/>
        <source>名簿のひな形を保存</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="87"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="92"/>
        <source>名簿のひな形を書き出しています…</source>
        <translation>Writing the roster template…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="94"/>
        <source>ひな形を保存しました: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="110"/>
        <source>名簿を確認しています…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="120"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="120"/>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="123"/>
        <source>追加</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="123"/>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="123"/>
        <source>スキップ（重複）</source>
        <translation>Skip (duplicate)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="125"/>
        <source>参加（他年度の人材）</source>
        <translation>Joins (known from another year)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="130"/>
        <source>問題あり</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="147"/>
        <source>追加 {0} 件・更新 {1} 件・スキップ {2} 件</source>
        <translation>{0} to insert, {1} to update, {2} to skip</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="150"/>
        <source>・他年度の人材の参加 {0} 件</source>
        <translation>, {0} joining from another year</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="155"/>
        <source>…ほか {0} 件（表の赤いセル）</source>
        <translation>… and {0} more (the red cells of the table)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="156"/>
        <source>問題が {0} 件あります。直すまで取り込めません（問題のセルは赤で表示）。</source>
        <translation>{0} problems: fix them before importing (the cells are shown in red).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/roster_import_dialog.py" line="163"/>
        <source>名簿を取り込んでいます…</source>
        <translation>Importing the roster…</translation>
    </message>
</context>
<context>
    <name>RoundTableTab</name>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="36"/>
        <source>モード</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="134"/>
        <source>固定グループで巡回</source>
        <translation>Fixed groups rotate</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="135"/>
        <source>毎回シャッフル（交流重視）</source>
        <translation>Shuffle every round (more mixing)</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="50"/>
        <source>ラウンド数</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="73"/>
        <source>シード</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="96"/>
        <source>新しく計画</source>
        <translation>Plan afresh</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="93"/>
        <source>固定を守り、いまの配置を使わずに計画し直します</source>
        <translation>Keep the pins and plan again without using the current seating</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="106"/>
        <source>再計画</source>
        <translation>Re-plan</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="103"/>
        <source>固定を守り、動かしていない人はなるべく同じ席のまま計画し直します</source>
        <translation>Keep the pins and re-plan, leaving people you did not move in their seats where possible</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="130"/>
        <source>設定:</source>
        <translation>Setup:</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="137"/>
        <source>テーブルと担当者…</source>
        <translation>Tables and staff…</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="144"/>
        <source>出欠・希望…</source>
        <translation>Attendance and preferences…</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="151"/>
        <source>同席禁止…</source>
        <translation>Keep apart…</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="43"/>
        <location filename="../../forms/roundtable_tab.ui" line="57"/>
        <location filename="../../forms/roundtable_tab.ui" line="80"/>
        <source>変えるとすぐに、固定を守って新しく計画します</source>
        <translation>A change plans afresh at once, keeping the pins</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="6"/>
        <source>ラウンドテーブル</source>
        <translation>Round tables</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="179"/>
        <source>人材をドラッグして同じラウンドの別テーブルへ移動。ダブルクリックまたは右クリックで固定/解除。</source>
        <translation>Drag a talent to another table in the same round. Double-click or right-click to pin/unpin.</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="205"/>
        <source>このイベントにはラウンドテーブルが設定されていません。</source>
        <translation>This event has no round tables set up.</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="212"/>
        <source>地域ごとのテーブルで設定する</source>
        <translation>Set up one table per region</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="257"/>
        <source>指標（小さいほど良い）</source>
        <translation>Measures (smaller is better)</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="263"/>
        <source>同じ相手との再会</source>
        <translation>Repeat meetings</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="291"/>
        <source>同じテーブルの再訪</source>
        <translation>Repeat table visits</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="308"/>
        <source>テーブル人数の差</source>
        <translation>Table size spread</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="325"/>
        <source>希望地域の未訪問</source>
        <translation>Preferred regions not visited</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="345"/>
        <source>スキル</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../forms/roundtable_tab.ui" line="360"/>
        <source>◆ 固定（太枠）</source>
        <translation>◆ Pinned (bold frame)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="196"/>
        <source>計画中です</source>
        <translation>Planning in progress</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="198"/>
        <source>先に「地域ごとのテーブルで設定する」でテーブルを用意してください</source>
        <translation>First set up the tables with “Set up with a table per region”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="198"/>
        <source>イベントを選んでください</source>
        <translation>Choose an event</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="214"/>
        <source>第{0}ラウンド</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="239"/>
        <source>（人材 {0}名まで）</source>
        <translation> (up to {0} talents)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="249"/>
        <source>計画にまだ入っていない人材 {0}名: {1}（「再計画」で全ラウンドに加わります）</source>
        <translation>Not in the plan yet, {0}: {1} (Re-plan seats them in every round)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="253"/>
        <source>アーカイブされた人材 {0}名: {1}（席から外しました。「再計画」で計画を保存し直してください）</source>
        <translation>Archived talents ({0}): {1} (taken off their seats; press Replan to save the plan without them)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="255"/>
        <source>不参加: 全ラウンド {0}</source>
        <translation>Not taking part: all rounds {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="256"/>
        <source>不参加: 第{0}ラウンド {1}</source>
        <translation>Not taking part: round {0} {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="269"/>
        <source>制約違反 {0}件</source>
        <translation>{0} constraint violations</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="272"/>
        <source>制約はすべて満たされています（固定 {0}件・同席禁止 {1}組）</source>
        <translation>All constraints met ({0} pinned, {1} pairs kept apart)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="288"/>
        <source>チップをクリックすると、その人の固定・希望地域・同席禁止・制約をここに表示します</source>
        <translation>Click a chip to see that person&apos;s pins, preferred regions, keep-apart pairs and rules here</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="303"/>
        <source>該当なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="305"/>
        <source>ほか {0}件（クリックで一覧）</source>
        <translation>{0} more (click for the list)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="306"/>
        <source>（クリックで一覧）</source>
        <translation>(click for the list)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="323"/>
        <source>{0}: {1}件</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="342"/>
        <source>最適</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="344"/>
        <source>再訪・希望の未訪問・再会の順に、これより少ない計画はないことが証明されています</source>
        <translation>Proven: no plan has fewer revisits, then unmet preferences, then repeated pairs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="345"/>
        <source>下限 {0}</source>
        <translation>Bound {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="346"/>
        <source>再訪と希望の未訪問がこの計画以下のどの計画でも、再会は{0}以上です</source>
        <translation>Every plan with no more revisits and unmet preferences than this one has at least {0} repeated pairs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="350"/>
        <source>厳密な探索は計算量の上限で打ち切られました（同じ入力なら同じ結果です）</source>
        <translation>The exact search stopped at its work limit (the same input still gives the same plan)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="396"/>
        <source>計画中です…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="414"/>
        <source>計画を取り消しました（前の計画のままです）</source>
        <translation>Planning cancelled (the previous plan is kept)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="438"/>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="513"/>
        <source>ラウンドテーブルを計画しています…</source>
        <translation>Planning the round tables…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="455"/>
        <source>モードを「{0}」に変更</source>
        <translation>Change the mode to “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="457"/>
        <source>ラウンド数を{0}に変更</source>
        <translation>Change the number of rounds to {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="458"/>
        <source>シードを{0}に変更</source>
        <translation>Change the seed to {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="469"/>
        <source>人材を第{0}ラウンドの{1}へ移動</source>
        <translation>Move a talent to {1} in round {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="476"/>
        <source>人材の第{0}ラウンドの固定を解除</source>
        <translation>Unpin a talent in round {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="482"/>
        <source>人材を第{0}ラウンドの{1}に固定</source>
        <translation>Pin a talent to {1} in round {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="488"/>
        <source>ラウンドテーブルを新しく計画</source>
        <translation>Plan the round tables afresh</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="503"/>
        <source>ラウンドテーブルを再計画</source>
        <translation>Re-plan the round tables</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="501"/>
        <source>新しい人材{0}名を加えて再計画</source>
        <translation>Re-plan with {0} new talent(s)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="502"/>
        <source>アーカイブされた人材を外して再計画</source>
        <translation>Replan without the archived talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="527"/>
        <source>ラウンドテーブルの設定を変更</source>
        <translation>Change the round-table setup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="538"/>
        <source>設定の変更で使えなくなった固定を{0}件解除しました</source>
        <translation>{0} pins no longer fitted the changed setup and were removed</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="548"/>
        <source>席の移動 {0}件:
{1}</source>
        <translation>Seats moved ({0}):
{1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="549"/>
        <source>第{0}ラウンド {1}（{2}→{3}）</source>
        <translation>round {0} {1} ({2} → {3})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="552"/>
        <source>席を移した人材はいません</source>
        <translation>Nobody else was moved</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="563"/>
        <source>地域ごとのテーブルを用意</source>
        <translation>Set up tables by region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="567"/>
        <source>ラウンドテーブルを用意しています…</source>
        <translation>Setting up the round tables…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="417"/>
        <location filename="../../colead_desktop/ui/meetup/roundtable_tab.py" line="419"/>
        <source>計画できません</source>
        <translation>Cannot plan</translation>
    </message>
</context>
<context>
    <name>RouteMapPanel</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/route_map.py" line="117"/>
        <source>地図の日</source>
        <translation>Map day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/route_map.py" line="138"/>
        <source>{0}日目  {1}/{2}（{3}）</source>
        <translation>Day {0}  {1}/{2} ({3})</translation>
    </message>
</context>
<context>
    <name>RouteMapView</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/route_map.py" line="58"/>
        <source>この日は場所のある予定がありません</source>
        <translation>No stops with a place on this day</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="74"/>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="75"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="76"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="77"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/call_dialog.py" line="133"/>
        <source>行を選んでください</source>
        <translation>Choose a row</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="194"/>
        <source>人材</source>
        <translation>Talent</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="194"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="194"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="205"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="206"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="214"/>
        <source>固定: 提案で必ず組むペア。禁止: 提案でも手作業でも組まないペア。</source>
        <translation>Fixed: a pair the proposal always makes. Forbidden: a pair never made, by the proposal or by hand.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="255"/>
        <source>人材と、マッチングに参加する企業を選んでください</source>
        <translation>Choose a talent and a company taking part in matching</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="256"/>
        <source>ルールを選んでください</source>
        <translation>Choose a rule</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="63"/>
        <source>支払処理（全銀ファイルの作成と支払済）</source>
        <translation>Payment runs (Zengin files and paid dates)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="72"/>
        <source>含める</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="72"/>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="102"/>
        <source>明細書</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="72"/>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="102"/>
        <source>受取人</source>
        <translation>Payee</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="73"/>
        <source>振込予定日</source>
        <translation>Planned transfer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="73"/>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="102"/>
        <source>振込金額</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="84"/>
        <source>全銀ファイルを作成…</source>
        <translation>Make the Zengin file…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="85"/>
        <source>含める明細書を振込データ作成済みにし、全銀ファイルを保存します</source>
        <translation>Puts the included statements in the run and saves the Zengin file</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="86"/>
        <source>新しい支払処理（承認済みの明細書）</source>
        <translation>New payment run (approved statements)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="89"/>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="98"/>
        <source>振込指定日</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="98"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="98"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="98"/>
        <source>振込件数</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="99"/>
        <source>ファイル（SHA-256）</source>
        <translation>File (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="99"/>
        <source>作成者</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="99"/>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="103"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="100"/>
        <source>作成回数</source>
        <translation>Files made</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="103"/>
        <source>支払日</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="103"/>
        <source>振込（顧客コード）</source>
        <translation>Transfer (customer codes)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="104"/>
        <source>振込の金額</source>
        <translation>Transfer amount</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="106"/>
        <source>再作成…</source>
        <translation>Make again…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="107"/>
        <source>同じ支払処理の全銀ファイルをもう一度作成します（履歴に残ります）</source>
        <translation>Makes the same run&apos;s Zengin file again (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="108"/>
        <source>取消…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="109"/>
        <source>銀行に送る前の支払処理を取消し、明細書を承認済に戻します（履歴に残ります）</source>
        <translation>Withdraws a payment run not yet sent to the bank; its statements go back to approved (the run stays in the history)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="110"/>
        <source>支払処理全体を支払済みに…</source>
        <translation>Mark the whole run paid…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="111"/>
        <source>選択した明細書を支払済みに…</source>
        <translation>Mark the selected statements paid…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="113"/>
        <source>支払処理の履歴</source>
        <translation>Payment runs</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="173"/>
        <source>{t}（明細書 {n}）</source>
        <translation>{t} ({n} statements)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="178"/>
        <source>取消（{who} {at}）</source>
        <translation>Withdrawn ({who} {at})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="197"/>
        <source>支払処理を待っている承認済みの明細書はありません。</source>
        <translation>No approved statements are waiting for a payment run.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="210"/>
        <source>明細書 {n} 件を振込 {t} 件で 合計 {total} 円（振込指定日 {day}）</source>
        <translation>{n} statement(s) in {t} transfer(s), total ¥{total} (transfer date {day})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="212"/>
        <source>まとめて振込（顧客コード {codes}）: {nos} を1件 {total} 円で（振込手数料は {lead} で1回だけ）</source>
        <translation>One transfer (customer codes {codes}): {nos} as one ¥{total} transfer (the bank fee once, on {lead})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="305"/>
        <source>支払処理 {id} を作成しました: 振込 {t} 件（明細書 {n} 件）、合計 {total} 円
{path}</source>
        <translation>Payment run {id} created: {t} transfers ({n} statements), total ¥{total}
{path}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="215"/>
        <source>除外: {no} — {reason}</source>
        <translation>Left out: {no} — {reason}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="219"/>
        <source>振込予定日の変更 {old} → {new}: {n} 件（{nos}）</source>
        <translation>Planned transfer date changes {old} → {new}: {n} ({nos})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="222"/>
        <source>注意: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="268"/>
        <source>全銀ファイル</source>
        <translation>Zengin file</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="268"/>
        <source>全銀ファイル (*.txt)</source>
        <translation>Zengin file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="274"/>
        <source>・{name}（フリガナ {kana}／口座名義 {holder}）</source>
        <translation>• {name} (kana {kana} / account holder {holder})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="277"/>
        <source>口座名義の確認</source>
        <translation>Check the account holders</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="279"/>
        <source>次の受取人は口座名義がフリガナと一致しません。振込先が正しいか確認してください。

{lines}

このまま全銀ファイルを作成しますか？</source>
        <translation>The account holder of these payees does not match their kana. Check that the accounts are right.

{lines}

Make the Zengin file anyway?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="286"/>
        <source>支払処理</source>
        <translation>Payment run</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="292"/>
        <source>支払処理の確認</source>
        <translation>Confirm the payment run</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="294"/>
        <source>{day} 振込の支払処理を作成し、全銀ファイルを書き出しますか？
含めた明細書は支払処理に入り、この操作は元に戻せません。</source>
        <translation>Create the payment run for transfer on {day} and write the Zengin file?
The statements included go into the run. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="309"/>
        <source>全銀ファイルを作成しています…</source>
        <translation>Making the Zengin file…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="311"/>
        <source>支払処理を作成できません</source>
        <translation>Cannot create the payment run</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="318"/>
        <source>全銀ファイルの再作成</source>
        <translation>Make the Zengin file again</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="321"/>
        <source>支払処理 {no}（振込指定日 {day}、合計 {total} 円）の全銀ファイルをもう一度作成しますか？

再作成したファイルも同じ振込です。銀行に送ったファイルをもう一度送ると、もう一度振り込まれます（二重払い）。銀行に送る前にファイルをなくした場合などに限って再作成し、送るのはどちらか一つだけにしてください。</source>
        <translation>Make the Zengin file of payment run {no} (transfer date {day}, total ¥{total}) again?

The new file is the same transfer: sending a file to the bank again pays again (a double payment). Make it again only when, for example, the file was lost before it was sent, and send only one of them.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="332"/>
        <source>全銀ファイルを再作成しています…</source>
        <translation>Making the Zengin file again…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="334"/>
        <source>再作成しました: {path}</source>
        <translation>Made again: {path}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="335"/>
        <source>再作成できません</source>
        <translation>Cannot make the file again</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="341"/>
        <source>支払処理の取消</source>
        <translation>Withdraw the payment run</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="344"/>
        <source>支払処理 {id} を取消しますか？
{n} 件の明細書は承認済に戻り、次の支払処理を待ちます。この支払処理の全銀ファイルは銀行に送らないでください（再作成もできなくなります）。銀行に送った後なら取消さず、振込結果の日付で支払済みにしてください。
この操作は元に戻せません。</source>
        <translation>Withdraw payment run {id}?
Its {n} statements go back to approved and wait for the next run. Do not send this run&apos;s Zengin file to the bank (it can no longer be made again). If it was already sent, do not withdraw it: mark it paid on the bank&apos;s date instead.
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="351"/>
        <source>取消できません</source>
        <translation>The run cannot be withdrawn</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="362"/>
        <source>支払処理 {id} の明細書（未払いのもの）をすべて支払済みにします。</source>
        <translation>Marks every unpaid statement of payment run {id} paid.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="374"/>
        <source>明細書 {nos} を支払済みにします。</source>
        <translation>Marks statement(s) {nos} paid.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/run_dialog.py" line="381"/>
        <source>支払済みにできません</source>
        <translation>Cannot mark paid</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/settle_dialog.py" line="24"/>
        <source>振込なしで確定</source>
        <translation>Settle without a transfer</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/settle_dialog.py" line="24"/>
        <source>確定日</source>
        <translation>Settlement date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/settle_dialog.py" line="27"/>
        <source>{no}（発行日 {issued}）</source>
        <translation>{no} (issued {issued})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/settle_dialog.py" line="39"/>
        <source>確定する明細書</source>
        <translation>Statements to settle</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="38"/>
        <source>ラウンドテーブルの設定</source>
        <translation>Round table setup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="51"/>
        <source>テーブル</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="52"/>
        <source>出欠・希望</source>
        <translation>Attendance and preferences</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="53"/>
        <source>同席禁止</source>
        <translation>Keep apart</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="62"/>
        <source> ラウンド目以降</source>
        <translation> onwards</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="63"/>
        <source>開始済みのラウンドの席は変えません。当日は進行中の次のラウンドを選んでください</source>
        <translation>Seats in rounds that have started are not changed. On the day, choose the round after the one under way</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="64"/>
        <source>席を変えてよいのは</source>
        <translation>Seats may change from round</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="67"/>
        <source>保存して再計画</source>
        <translation>Save and re-plan</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="102"/>
        <source>ラウンドテーブルを再計画しています…</source>
        <translation>Re-planning the round tables…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="118"/>
        <source>再計画を取り消しました（何も変更していません）</source>
        <translation>Re-planning cancelled (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="120"/>
        <source>保存できません（何も変更していません）: {0}</source>
        <translation>Cannot save (nothing was changed): {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/setup_dialog.py" line="122"/>
        <source>保存できません</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="47"/>
        <source>一覧に追加する</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="48"/>
        <source>選択した行を開く（編集）</source>
        <translation>Open the selected row (edit)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="49"/>
        <source>選択した行を削除する（確認あり、元に戻せます）</source>
        <translation>Delete the selected row (asks first; can be undone)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="50"/>
        <source>一覧の検索欄へ移動する</source>
        <translation>Go to the list&apos;s search field</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="51"/>
        <source>ページを再読み込みする</source>
        <translation>Reload the page</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="52"/>
        <source>次のページへ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="53"/>
        <source>前のページへ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="54"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="55"/>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="56"/>
        <source>保存する（「保存」ボタンのある画面）</source>
        <translation>Save (on screens with a Save button)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="62"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="86"/>
        <source>キーボードショートカット</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="88"/>
        <source>キー</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/shortcuts.py" line="88"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="21"/>
        <source>データベースにサインイン</source>
        <translation>Sign in to the database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="26"/>
        <source>共有データベース {0} に、あなたのログイン名とパスワードでサインインします。</source>
        <translation>Sign in to the shared database {0} with your own login and password.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="29"/>
        <source>ログイン名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="30"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="35"/>
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/sign_in.py" line="43"/>
        <source>ログイン名とパスワードを入力してください。</source>
        <translation>Enter your login and password.</translation>
    </message>
</context>
<context>
    <name>StartDatabase</name>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="28"/>
        <source>データベースが破損しています</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="35"/>
        <source>最新の正常なバックアップ: {0}
復元すると、このバックアップより後の変更は失われます。破損したファイルはバックアップフォルダに保存されます。</source>
        <translation>Newest good backup: {0}
Restoring it loses the changes made after it. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="36"/>
        <source>バックアップから復元</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="39"/>
        <source>正常なバックアップは見つかりません。</source>
        <translation>No good backup was found.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="40"/>
        <source>別のファイルを開く…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="42"/>
        <location filename="../../colead_desktop/ui/start_database.py" line="67"/>
        <source>終了</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="51"/>
        <source>サーバーに接続できません</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="55"/>
        <source>ネットワークに戻ってから再試行するか、このパソコンのデータベースで作業できます（共有データベースの内容とは別です）。</source>
        <translation>Try again once you are back on the network, or work on this computer&apos;s database (separate from the shared one).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="56"/>
        <source>再試行</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="60"/>
        <source>持ち出したファイルを開く（{0}）</source>
        <translation>Open the offline copy ({0})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="64"/>
        <source>ネットワークに戻ってから再試行するか、持ち出したファイル（最後に持ち出したもの）か、このパソコンのデータベースで作業できます。</source>
        <translation>Retry once you are back on the network, or work on the offline copy (the last one checked out) or on this computer&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="65"/>
        <source>このパソコンのデータベースを開く</source>
        <translation>Open this computer&apos;s database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="88"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/start_database.py" line="116"/>
        <source>データベースを開けません</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../colead_desktop/ui/start_window.py" line="22"/>
        <source>Co-LEAD Desktop — データベースを開いています…</source>
        <translation>Co-LEAD Desktop — opening the database…</translation>
    </message>
</context>
<context>
    <name>StatementDraftStep</name>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="288"/>
        <source>明細書 {no} を再計算</source>
        <translation>Recompute statement {no}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="290"/>
        <source>訂正明細書 {no} を作成</source>
        <translation>Create correction statement {no}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/undo.py" line="291"/>
        <source>明細書 {no} を作成</source>
        <translation>Create statement {no}</translation>
    </message>
</context>
<context>
    <name>SummaryLabel</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="99"/>
        <source>ダブルクリックでツアー設定を開きます</source>
        <translation>Double-click to open the tour settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="110"/>
        <source>{0}〜{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="112"/>
        <source>（{0}席）</source>
        <translation> ({0} seats)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="113"/>
        <source>移動: {0}</source>
        <translation>Transport: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="114"/>
        <source>参加者 {0}名</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="117"/>
        <source>拠点会場: {0}</source>
        <translation>Base venue: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="119"/>
        <source>宿泊: {0}</source>
        <translation>Lodging: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/panels.py" line="120"/>
        <source> ・ </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TablesEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="33"/>
        <source>テーブル名</source>
        <translation>Table name</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="33"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="33"/>
        <source>人材の定員</source>
        <translation>Talent capacity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="45"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="46"/>
        <source>地域ごとに追加</source>
        <translation>Add one per region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="47"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="55"/>
        <source>このテーブルに座る担当者（ラボ・企業）</source>
        <translation>Staff seated at this table (lab and companies)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="76"/>
        <source>（地域なし）</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="85"/>
        <source>名</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="112"/>
        <source>テーブルを選んでください</source>
        <translation>Select a table</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/tables_editor.py" line="145"/>
        <source>テーブル{0}</source>
        <translation>Table {0}</translation>
    </message>
</context>
<context>
    <name>TalentWishesTab</name>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="63"/>
        <source>上ほど第一希望です。ドラッグでも並べ替えられます。追加できるのは「企業」タブで参加にした企業です。</source>
        <translation>The top is the first wish. Drag to reorder. Only companies marked as taking part on the &quot;Companies&quot; tab can be added.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="84"/>
        <source>人材がいません</source>
        <translation>No talents</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_tabs.py" line="85"/>
        <source>{0} の希望する企業</source>
        <translation>Companies {0} wishes for</translation>
    </message>
</context>
<context>
    <name>TalentsEditor</name>
    <message>
        <location filename="../../colead_desktop/ui/meetup/talents_editor.py" line="30"/>
        <source>出席できるラウンドと、会いたい地域（希望）に印を付けます。どのラウンドにも印がない人材はラウンドテーブルに参加しません。</source>
        <translation>Tick the rounds each talent can attend and the regions they want to meet (preferences). Talents with no round ticked do not take part in the round tables.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/talents_editor.py" line="36"/>
        <source>人材</source>
        <translation>Talent</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/talents_editor.py" line="36"/>
        <source>第{0}ラウンド</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/meetup/talents_editor.py" line="37"/>
        <source>希望: {0}</source>
        <translation>Prefers: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/dashboard.py" line="133"/>
        <source>イベントもツアーもまだありません</source>
        <translation>No events or tours yet</translation>
    </message>
</context>
<context>
    <name>TourDayDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="96"/>
        <source>ツアー参加日の追加</source>
        <translation>Add a tour day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="96"/>
        <source>ツアー参加日の編集</source>
        <translation>Edit the tour day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="100"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="101"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TourSettingsDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="57"/>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="218"/>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="219"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="58"/>
        <source>場所</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="59"/>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="184"/>
        <source>到着・出発</source>
        <translation>Arrivals and departures</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="209"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="211"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="119"/>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="134"/>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="212"/>
        <source>連絡先</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="213"/>
        <source>宿泊先</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="214"/>
        <source>宿泊先住所</source>
        <translation>Hotel address</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="215"/>
        <source>泊数</source>
        <translation>Nights</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="216"/>
        <source>移動の備考</source>
        <translation>Transport notes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="217"/>
        <source>座席数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/settings_dialog.py" line="210"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>TourTimeline</name>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="200"/>
        <source>ツアーを選択するか、新規作成してください</source>
        <translation>Select a tour or create a new one</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="242"/>
        <source>{0}日目  {1}/{2}（{3}）</source>
        <translation>Day {0}  {1}/{2} ({3})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="302"/>
        <source>移動 {0:.1f} km・{1}</source>
        <translation>Travel {0:.1f} km, {1}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/timeline.py" line="304"/>
        <source>移動 時間不明</source>
        <translation>Travel time unknown</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="177"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="334"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="339"/>
        <source>新規…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="178"/>
        <source>空のツアーか、ガイドラインのひな形から新しいツアーを作ります</source>
        <translation>Creates a new tour, blank or from the guideline template</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="179"/>
        <source>コピー…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="180"/>
        <source>選んだツアーの行程を別の日程にコピーします</source>
        <translation>Copy the selected tour&apos;s timetable to other dates</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="181"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="182"/>
        <source>項目を追加</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="183"/>
        <source>ツアー設定…</source>
        <translation>Tour settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="184"/>
        <source>日程・参加者・宿泊・移動手段・場所・到着と出発を編集します</source>
        <translation>Edit the dates, participants, lodging, transport, places, arrivals and departures</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="185"/>
        <source>チェック設定…</source>
        <translation>Check settings…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="186"/>
        <source>必要な設備と移動時間の見積もり方（プログラム共通）</source>
        <translation>Required facilities and how travel times are estimated (for the whole programme)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="200"/>
        <source>ツアー</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="187"/>
        <source>旅程表PDF…</source>
        <translation>Itinerary PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="171"/>
        <source>削除したツアーの取り消し…</source>
        <translation>Cancel deleted tours…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="188"/>
        <source>参加者別PDF…</source>
        <translation>PDF per participant…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="189"/>
        <source>カレンダー（.ics）…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="190"/>
        <source>参加者別カレンダー…</source>
        <translation>Calendars per member…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="192"/>
        <source>参加者ごとに、その人が参加する項目だけのカレンダーをフォルダに書き出します（ファイル名はID）</source>
        <translation>Writes a calendar per member with only the items they attend into a folder (file names are ids)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="193"/>
        <source>B-5ワークシート書き出し…</source>
        <translation>Export B-5 worksheet…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="195"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="196"/>
        <source>印刷センターでこのツアーの旅程表をプレビュー・印刷します</source>
        <translation>Preview and print this tour&apos;s itinerary in the print centre</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="205"/>
        <source>編集は自動的に保存されます（元に戻す: Ctrl+Z）</source>
        <translation>Edits are saved automatically (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="210"/>
        <source>旅程表とカレンダーの言語。B-5は政府の様式のため常に日本語です</source>
        <translation>Language of itineraries and calendars. B-5 is a government form and is always Japanese</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="325"/>
        <source>プログラムがまだありません。先にプログラムを作成してください</source>
        <translation>There is no programme yet. Create a programme first</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="332"/>
        <source>フィールドワークツアーはまだありません。ツアーは地域ごとに作りますが、このプログラムには地域がまだありません。先に地域を追加するか、「新規…」で地域名を入力してください。</source>
        <translation>There are no fieldwork tours yet. Tours are made per region, but this programme has no regions yet. Add a region first, or type a region name in “New…”.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="333"/>
        <source>地域を追加…</source>
        <translation>Add region…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="338"/>
        <source>フィールドワークツアーはまだありません。ガイドラインのひな形から作るか、地域から届いたB-5ワークシートを読み込んで作ります。</source>
        <translation>There are no fieldwork tours yet. Create one from the guideline template, or from a B-5 worksheet sent by a region.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="379"/>
        <source>参加者が名前で登録されていません（ツアー設定の「参加者」）</source>
        <translation>No participants are named (Tour settings, “Participants”)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="397"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="397"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="397"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="398"/>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="398"/>
        <source>人数</source>
        <translation>Party size</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="399"/>
        <source>拠点会場</source>
        <translation>Base venue</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="399"/>
        <source>宿泊</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="399"/>
        <source>現地の移動手段</source>
        <translation>Transport in the region</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="400"/>
        <source>到着</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="400"/>
        <source>出発</source>
        <translation>Departures</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="400"/>
        <source>午前はリモート</source>
        <translation>Remote mornings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="401"/>
        <source>オンライン代替</source>
        <translation>Online fallback</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="401"/>
        <source>場所</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="401"/>
        <source>予定</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="404"/>
        <source>連絡先</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="439"/>
        <source>持ち出し中</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="454"/>
        <source>新しいツアー</source>
        <translation>New tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="468"/>
        <source>ツアーのコピー</source>
        <translation>Copy of a tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="46"/>
        <source>ツアーの削除</source>
        <translation>Delete tour</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="54"/>
        <source>このツアーのカレンダー（.ics）は書き出し済みです。受け取った人のカレンダーから予定を消すには、取り消しのカレンダーを書き出して送ってください（削除したツアーは書き出せなくなります）。</source>
        <translation>This tour&apos;s calendars (.ics) have been exported. To remove its events from the calendars of those who received them, write the cancellations and send them (a deleted tour can no longer be exported).</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="55"/>
        <source>削除して取り消しを書き出す…</source>
        <translation>Delete and write cancellations…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="58"/>
        <source>削除のみ</source>
        <translation>Delete only</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="197"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="340"/>
        <source>B-5取り込み…</source>
        <translation>Import B-5…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="194"/>
        <source>B-5は政府の様式のため、出力言語によらず日本語で書き出します</source>
        <translation>B-5 is a government form: it is always written in Japanese, whatever the output language</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="198"/>
        <source>B-5ワークシートで書き出し元のツアーを更新するか、新しいツアーを作ります（変更点を確認してから）</source>
        <translation>Updates the tour a B-5 worksheet was exported from, or creates a new tour (after showing the changes)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="288"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="347"/>
        <source>{0}（{1}〜, {2}日間）</source>
        <translation>{0} ({1}–, {2} days)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="375"/>
        <source>ツアーがありません。「新規…」または「B-5取り込み…」で作成してください</source>
        <translation>No tour yet. Create one with New… or Import B-5…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="408"/>
        <source>{0}日目 {1}–{2} {3}</source>
        <translation>Day {0} {1}–{2} {3}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/tours/dialogs.py" line="46"/>
        <source>「{0}」を削除しますか？（元に戻す: Ctrl+Z）</source>
        <translation>Delete “{0}”? (Undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="484"/>
        <source>ツアー「{0}」を削除</source>
        <translation>Delete tour “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="492"/>
        <source>カレンダーを書き出した後に削除したツアーが {0} 件あり、取り消しをまだ書き出していません。受け取った人のカレンダーには予定が残っています。</source>
        <translation>{0} tour(s) were deleted after their calendars were exported, and their cancellation has not been written: the events are still in the calendars of those who received them.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="502"/>
        <source>削除したツアーの取り消し</source>
        <translation>Cancel deleted tours</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="503"/>
        <source>取り消しを書き出していない削除済みのツアーはありません。</source>
        <translation>No deleted tour is waiting for its calendars' cancellation.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="505"/>
        <source>{0}（{1} に削除）</source>
        <translation>{0} (deleted {1})</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="516"/>
        <source>カレンダーの取り消しを書き出しています…</source>
        <translation>Writing the calendar cancellations…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="529"/>
        <source>ツアー設定の変更</source>
        <translation>Change tour settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="544"/>
        <source>チェック設定の変更</source>
        <translation>Change check settings</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="560"/>
        <source>「{0}」の移動</source>
        <translation>Move “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="574"/>
        <source>「{0}」の編集</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="584"/>
        <source>項目の追加</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="628"/>
        <source>参加者別カレンダー</source>
        <translation>Calendars per member</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="631"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="634"/>
        <source>書き出しを取り消しました</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="635"/>
        <source>書き出しできません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="640"/>
        <source>旅程表PDFを作成しています…</source>
        <translation>Writing the itinerary PDF…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="646"/>
        <source>カレンダーを書き出しています…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="653"/>
        <source>参加者別カレンダーを書き出しています…</source>
        <translation>Writing the members&apos; calendars…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="659"/>
        <source>B-5ワークシートを書き出しています…</source>
        <translation>Writing the B-5 worksheet…</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="670"/>
        <source>B-5ワークシートを読み込めません</source>
        <translation>Cannot read the B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="675"/>
        <source>B-5ワークシートからツアーを作成</source>
        <translation>Tour made from a B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="679"/>
        <source>B-5ワークシートの取り込み</source>
        <translation>Import of the B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="705"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="706"/>
        <source>チェックでエラーが{0}件見つかっています。このまま書き出しますか？</source>
        <translation>The checks found {0} error(s). Export anyway?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="711"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="723"/>
        <source>旅程表PDFの保存</source>
        <translation>Save itinerary PDF</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="711"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="724"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="719"/>
        <source>参加者別の旅程表</source>
        <translation>Itinerary per participant</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="398"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="719"/>
        <source>参加者</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="481"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="509"/>
        <source>カレンダーの取り消しの保存先フォルダ</source>
        <translation>Folder for the calendar cancellations</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="730"/>
        <source>カレンダーの保存</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="730"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="738"/>
        <source>参加者別カレンダーの保存先フォルダ</source>
        <translation>Folder for the members&apos; calendars</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="743"/>
        <source>B-5ワークシートの保存</source>
        <translation>Save B-5 worksheet</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="743"/>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="747"/>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/pages/tours_page.py" line="747"/>
        <source>B-5ワークシートを開く</source>
        <translation>Open B-5 worksheet</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="84"/>
        <source>未保存の変更</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="85"/>
        <source>「{0}」に保存されていない変更があります。</source>
        <translation>“{0}” has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="88"/>
        <source>保存しますか？「破棄」を選ぶと変更は失われます。</source>
        <translation>Save them? Discard loses the changes.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="90"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="91"/>
        <location filename="../../colead_desktop/ui/unsaved.py" line="145"/>
        <source>破棄</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="92"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="131"/>
        <source>保存できません（何も変更していません）: {0}</source>
        <translation>Cannot save (nothing was changed): {0}</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="134"/>
        <source>キャンセルして開き直すと、今の内容から編集できます。</source>
        <translation>Cancel and reopen to edit from the current contents.</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="142"/>
        <source>変更の破棄</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="143"/>
        <source>変更を破棄しますか？</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/unsaved.py" line="147"/>
        <source>戻る</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>WishesDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_dialog.py" line="31"/>
        <source>希望と条件</source>
        <translation>Wishes and conditions</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_dialog.py" line="43"/>
        <source>人材の希望</source>
        <translation>Talents&apos; wishes</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_dialog.py" line="44"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/matching/wishes_dialog.py" line="45"/>
        <source>ルール</source>
        <translation>Rules</translation>
    </message>
</context>
<context>
    <name>WorkDayDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="111"/>
        <source>作業日の追加</source>
        <translation>Add a work day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="111"/>
        <source>作業日の編集</source>
        <translation>Edit the work day</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="119"/>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="126"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="127"/>
        <source>活動</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="128"/>
        <source>企業</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="129"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="130"/>
        <source>確認者</source>
        <translation>Confirmed by</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="86"/>
        <source>日付の確認</source>
        <translation>Confirm the date</translation>
    </message>
    <message>
        <location filename="../../colead_desktop/ui/payments/dialogs.py" line="87"/>
        <source>この日付で保存しますか？</source>
        <translation>Save with this date?</translation>
    </message>
</context>
<context>
    <name>company_dialog</name>
    <message>
        <location filename="../../forms/company_dialog.ui" line="14"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="21"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="30"/>
        <source>企業名 *</source>
        <translation>Company *</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="43"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="56"/>
        <source>業種</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="69"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="86"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="99"/>
        <source>緯度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="112"/>
        <source>経度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="125"/>
        <source>担当者</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="138"/>
        <source>担当者メール</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="151"/>
        <source>担当者電話</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="164"/>
        <source>開始時刻</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="181"/>
        <source>終了時刻</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="198"/>
        <source>定休日</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="219"/>
        <source>ツアー・プロジェクト</source>
        <translation>Tour and project</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="228"/>
        <source>ツアーでの役割</source>
        <translation>Role in the tour</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="251"/>
        <source>プロジェクト概要</source>
        <translation>Project summary</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="274"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="298"/>
        <source>B-1 要件整理</source>
        <translation>B-1 Requirements</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="307"/>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="328"/>
        <source>B-3 経営課題</source>
        <translation>B-3 Business issues</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="337"/>
        <source>貴社はどんな会社ですか</source>
        <translation>What kind of company</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="360"/>
        <source>5年後に目指す姿</source>
        <translation>Where in 5 years</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="373"/>
        <source>5年後の具体的なビジョン</source>
        <translation>Concrete 5-year vision</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="396"/>
        <source>ビジョン実現の壁</source>
        <translation>Barriers to the vision</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="419"/>
        <source>①業務の外部化による解決策</source>
        <translation>① Solutions by outsourcing</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="442"/>
        <source>②ITやデジタル化による解決策</source>
        <translation>② Solutions by IT and digitalisation</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="465"/>
        <source>③人材活用による解決策</source>
        <translation>③ Solutions by using talent</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="488"/>
        <source>マッチングしたい人材</source>
        <translation>Talent wanted</translation>
    </message>
</context>
<context>
    <name>event_dialog</name>
    <message>
        <location filename="../../forms/event_dialog.ui" line="14"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="25"/>
        <source>タイトル *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="38"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="51"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="64"/>
        <source>開始 *</source>
        <translation>Start *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="84"/>
        <source>終了 *</source>
        <translation>End *</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="104"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="117"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="130"/>
        <source>オンラインツール</source>
        <translation>Online tool</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="143"/>
        <source>参加URL</source>
        <translation>Join URL</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="156"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/event_dialog.ui" line="179"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>first_start_dialog</name>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="14"/>
        <source>Co-LEAD Desktop へようこそ</source>
        <translation>Welcome to Co-LEAD Desktop</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="23"/>
        <source>データベースにはまだプログラムがありません。どこから始めますか？</source>
        <translation>The database has no programme yet. Where do you want to start?</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="30"/>
        <source>新しいプログラムを作成</source>
        <translation>Create a new programme</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="33"/>
        <source>事業名・期間、事務局（支払者）と全銀の情報、地域とラボを順に入力します。</source>
        <translation>Enter the programme and its period, the secretariat (payer) and its Zengin details, and the regions with their labs, step by step.</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="40"/>
        <source>デモを読み込む</source>
        <translation>Load the demo</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="43"/>
        <source>令和3年度「ふるさと Co-LEAD」（3地域・14社・16名の人材）を、別のデモ用プログラムとして読み込みます。あとから「ファイル」メニューでも読み込めます。</source>
        <translation>Loads the FY2021 “Furusato Co-LEAD” programme (3 regions, 14 companies, 16 talents) as a separate demo programme. You can also load it later from the File menu.</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="50"/>
        <source>別のデータベースを開く</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="53"/>
        <source>ほかの場所にある Co-LEAD のデータベースファイルを開きます。</source>
        <translation>Opens a Co-LEAD database file stored elsewhere.</translation>
    </message>
</context>
<context>
    <name>next_year_dialog</name>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="14"/>
        <source>次年度を作成</source>
        <translation>Create the next year</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="26"/>
        <source>地域とラボ、支払者（契約番号を除く）、支給方針、ツアーのチェック設定と募集を新しい年度のプログラムにコピーします。期間は1年後の同じ日付です。企業・会場・スタッフは全年度共通の記録なので、コピーせずにそのまま使えます。支払、支払明細書、出欠はコピーしません。</source>
        <translation>Copies the regions and labs, the payer (without its contract number), the payment policy, the tour check settings and the calls into a programme for the new fiscal year. The period takes the same dates a year later. Companies, venues and staff are shared by every year, so they are not copied: they are there as they are. Payments, statements and attendance are never copied.</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="58"/>
        <source>プログラム名</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="71"/>
        <source>事業名</source>
        <translation>Project name (事業名)</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="81"/>
        <source>支払明細書に印刷される事業名です。年度を新しい年度に置き換えて提案しています</source>
        <translation>The project name printed on the payment statements; proposed with the year replaced by the new one</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="90"/>
        <source>人材も引き継ぐ（引き継がないとき、ツアーの参加者はスタッフだけになります）</source>
        <translation>Carry the talents over (if not, tours keep only their staff)</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="38"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/next_year_dialog.ui" line="97"/>
        <source>イベントとツアーも引き継ぐ（日付は同じ曜日に移動）</source>
        <translation>Carry events and tours over (dates moved to the same weekdays)</translation>
    </message>
</context>
<context>
    <name>payer_section</name>
    <message>
        <location filename="../../forms/payer_section.ui" line="14"/>
        <source>支払者（事務局）</source>
        <translation>Payer (secretariat)</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="26"/>
        <source>事務局は支払者として支払明細書と支払調書に印字されます。</source>
        <translation>The secretariat is printed as the payer on every payment statement and payment record.</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="38"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="51"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="64"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="77"/>
        <source>事業名</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="90"/>
        <source>契約番号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../forms/payer_section.ui" line="103"/>
        <source>登録番号（インボイス）</source>
        <translation>Invoice registration number</translation>
    </message>
</context>
<context>
    <name>policy_section</name>
    <message>
        <location filename="../../forms/policy_section.ui" line="14"/>
        <source>支給方針とチェック設定</source>
        <translation>Payment policy and checks</translation>
    </message>
    <message>
        <location filename="../../forms/policy_section.ui" line="26"/>
        <source>謝金・日当・旅費の支給方針と、ツアーのチェック設定は、令和3年度の標準から始めるか、既存のプログラムからまとめてコピーします。あとから「支払」ページの支給方針と「ツアー」ページのチェック設定で変更できます。</source>
        <translation>The payment policy (honoraria, per diems, travel) and the tour check settings start from the FY2021 preset, or are copied together from an existing programme. Change them later in the payment policy on the Payments page and the check settings on the Tours page.</translation>
    </message>
    <message>
        <location filename="../../forms/policy_section.ui" line="38"/>
        <source>出発点</source>
        <translation>Start from</translation>
    </message>
</context>
<context>
    <name>programme_section</name>
    <message>
        <location filename="../../forms/programme_section.ui" line="14"/>
        <source>プログラム</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="26"/>
        <source>プログラムは1年度分の事業です。名称と期間は文書や画面の見出しに使われます。</source>
        <translation>A programme is one fiscal year of the project. Its name and period head the documents and screens.</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="38"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="51"/>
        <source>年度 *</source>
        <translation>Fiscal year *</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="71"/>
        <source>期間 開始 *</source>
        <translation>Period start *</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="91"/>
        <source>期間 終了 *</source>
        <translation>Period end *</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="111"/>
        <source>主催・委託元</source>
        <translation>Sponsor</translation>
    </message>
</context>
<context>
    <name>programme_settings_dialog</name>
    <message>
        <location filename="../../forms/programme_settings_dialog.ui" line="14"/>
        <source>プログラム設定</source>
        <translation>Programme settings</translation>
    </message>
    <message>
        <location filename="../../forms/programme_settings_dialog.ui" line="29"/>
        <source>支給方針は「支払」ページの「支給方針…」、ツアーのチェック設定は「ツアー」ページの「チェック設定…」で変更します。</source>
        <translation>Change the payment policy with “Payment policy…” on the Payments page, and the tour check settings with “Check settings…” on the Tours page.</translation>
    </message>
</context>
<context>
    <name>programme_switcher</name>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="14"/>
        <source>プログラム</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="26"/>
        <source>プログラム（年度）を選んで「切り替え」を押すと、すべてのページがそのプログラムのデータを表示します。</source>
        <translation>Choose a programme (fiscal year) and press “Switch”: every page then shows that programme&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="37"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="42"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="47"/>
        <source>デモ</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="52"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="57"/>
        <source>イベント</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="67"/>
        <source>新しいプログラム…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="74"/>
        <source>次年度を作成…</source>
        <translation>Create the next year…</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="81"/>
        <source>デモを読み込む</source>
        <translation>Load the demo</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="95"/>
        <source>切り替え</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../forms/programme_switcher.ui" line="102"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>region_dialog</name>
    <message>
        <location filename="../../forms/region_dialog.ui" line="14"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="25"/>
        <source>地域名 *</source>
        <translation>Region *</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="38"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="51"/>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="64"/>
        <source>IoT推進ラボ</source>
        <translation>IoT lab</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="77"/>
        <source>地域の課題</source>
        <translation>Regional issues</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="100"/>
        <source>これまでの取組</source>
        <translation>Past initiatives</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="123"/>
        <source>地域の魅力</source>
        <translation>Attractions</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="146"/>
        <source>玄関口（空港・駅）</source>
        <translation>Gateway (airport/station)</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="159"/>
        <source>玄関口の緯度</source>
        <translation>Gateway latitude</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="172"/>
        <source>玄関口の経度</source>
        <translation>Gateway longitude</translation>
    </message>
    <message>
        <location filename="../../forms/region_dialog.ui" line="185"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>regions_section</name>
    <message>
        <location filename="../../forms/regions_section.ui" line="14"/>
        <source>地域とラボ</source>
        <translation>Regions and labs</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="26"/>
        <source>参加する地域と、それぞれの IoT ラボです。ミートアップのラウンドテーブルは地域ごとに1卓ずつ用意されます。</source>
        <translation>The regions taking part, each with its IoT lab. A meetup&apos;s round tables are one per region.</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="37"/>
        <source>地域名 *</source>
        <translation>Region *</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="42"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="47"/>
        <source>ラボ名</source>
        <translation>Lab</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="52"/>
        <source>ラボ担当者</source>
        <translation>Lab contact</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="57"/>
        <source>ラボ住所</source>
        <translation>Lab address</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="67"/>
        <source>地域を追加</source>
        <translation>Add a region</translation>
    </message>
    <message>
        <location filename="../../forms/regions_section.ui" line="74"/>
        <source>選択した地域を削除</source>
        <translation>Remove the selected region</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="14"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="25"/>
        <source>表示言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="38"/>
        <source>利用者名（監査ログ用）</source>
        <translation>User name (for the audit log)</translation>
    </message>
</context>
<context>
    <name>staff_dialog</name>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="14"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="25"/>
        <source>氏名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="38"/>
        <source>所属区分</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="51"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="64"/>
        <source>企業</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="77"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="90"/>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="103"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/staff_dialog.ui" line="116"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>talent_dialog</name>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="14"/>
        <source>人材</source>
        <translation>Talents</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="21"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="30"/>
        <source>氏名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="43"/>
        <source>フリガナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="56"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="69"/>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="86"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="103"/>
        <source>居住地</source>
        <translation>Home city</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="116"/>
        <source>最寄りの空港・駅</source>
        <translation>Nearest airport/station</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="129"/>
        <source>担当地域</source>
        <translation>Assigned region</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="143"/>
        <source>スキル・志向</source>
        <translation>Skills and interests</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="152"/>
        <source>スキルタイプ *</source>
        <translation>Skill types *</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="172"/>
        <source>キャリア</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="185"/>
        <source>属性</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="198"/>
        <source>得意領域</source>
        <translation>Strong areas</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="218"/>
        <source>希望地域</source>
        <translation>Preferred regions</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="239"/>
        <source>自己紹介</source>
        <translation>Self-introduction</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="252"/>
        <source>本業で関わったプロジェクト内容</source>
        <translation>Projects in my main job</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="278"/>
        <source>本業以外での学習履歴</source>
        <translation>Learning outside my main job</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="304"/>
        <source>地域中小企業におけるデジタル化に関する課題意識と解決に向けたアプローチ</source>
        <translation>Digitalisation issues of regional SMEs and my approach to solving them</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="356"/>
        <source>地域における社会課題・地域中小企業における課題の課題意識</source>
        <translation>Social issues of the regions and issues of regional SMEs as I see them</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="382"/>
        <source>プロジェクトにおける経験の今後への活かし方</source>
        <translation>How I will use this project&apos;s experience</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="413"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="330"/>
        <source>参加の動機</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../forms/talent_dialog.ui" line="422"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>tour_settings_dialog</name>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="14"/>
        <source>ツアー設定</source>
        <translation>Tour settings</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="21"/>
        <source>基本</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="32"/>
        <source>タイトル *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="45"/>
        <source>地域 *</source>
        <translation>Region *</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="58"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="78"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="88"/>
        <source> 日間</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="101"/>
        <source>拠点会場</source>
        <translation>Base venue</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="114"/>
        <source>2日目以降の午前をリモートワーク用に確保する（4〜5日間のツアー向け）</source>
        <translation>Keep the mornings from day 2 for remote work (for 4–5-day tours)</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="121"/>
        <source>中止の場合はオンライン開催に切り替える</source>
        <translation>Switch to an online event if cancelled</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="130"/>
        <source>連絡先（旅程表の表紙に載ります）</source>
        <translation>Contacts (printed on the itinerary cover)</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="138"/>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="145"/>
        <source>行を削除</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="168"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="173"/>
        <source>所属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="178"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="190"/>
        <source>宿泊・移動手段</source>
        <translation>Lodging and transport</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="196"/>
        <source>宿泊</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="202"/>
        <source>宿泊先</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="215"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="228"/>
        <source>泊数</source>
        <translation>Nights</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="238"/>
        <source>空欄は未定</source>
        <translation>Leave blank if not decided</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="248"/>
        <source>現地での移動手段</source>
        <translation>Local transport</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="254"/>
        <source>手段</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="267"/>
        <source>座席数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="277"/>
        <source>空欄は未定（公共交通機関では不要）</source>
        <translation>Leave blank if not decided (not needed for public transit)</translation>
    </message>
    <message>
        <location filename="../../forms/tour_settings_dialog.ui" line="284"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>venue_dialog</name>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="14"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="21"/>
        <source>基本情報</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="30"/>
        <source>会場名 *</source>
        <translation>Venue *</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="43"/>
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="56"/>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="69"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="82"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="95"/>
        <source>緯度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="108"/>
        <source>経度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="121"/>
        <source>定員 *</source>
        <translation>Capacity *</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="141"/>
        <source>無償提供</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="154"/>
        <source>公共交通でのアクセス</source>
        <translation>Public-transit access</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="178"/>
        <source>設備・利用時間</source>
        <translation>Facilities and hours</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="187"/>
        <source>設備チェックリスト</source>
        <translation>Facility checklist</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="207"/>
        <source>開始時刻</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="224"/>
        <source>終了時刻</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="241"/>
        <source>定休日</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../forms/venue_dialog.ui" line="261"/>
        <source>データの注記</source>
        <translation>Data note</translation>
    </message>
</context>
<context>
    <name>zengin_section</name>
    <message>
        <location filename="../../forms/zengin_section.ui" line="14"/>
        <source>全銀（振込依頼人）</source>
        <translation>Zengin (requester)</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="26"/>
        <source>総合振込ファイルの依頼人情報と、振込元の口座です。全銀ファイルを作るには全項目が必要です（振込依頼人コードは銀行から通知された10桁）。</source>
        <translation>The requester in the bank transfer file and the account paid from. The Zengin file needs all of them (the requester code is the 10 digits your bank gave you).</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="38"/>
        <source>振込依頼人コード</source>
        <translation>Requester code</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="58"/>
        <source>依頼人名（カナ）</source>
        <translation>Requester name (kana)</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="71"/>
        <source>金融機関コード</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="95"/>
        <source>支店コード</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="119"/>
        <source>預金種目</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="132"/>
        <source>口座番号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../forms/zengin_section.ui" line="154"/>
        <source>表示</source>
        <translation>Show</translation>
    </message>
</context>
</TS>
