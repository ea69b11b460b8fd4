<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>د یو چا کارت ورزیات کړه</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>د کارت هغه فایل وټاکه چې هغوی درکړی. بیا شمېرې یو ځای په لوړ غږ ولولئ: که سره سمې وې، نو چا هم په لاره کې کارت نه دی بدل کړی.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>د کارت فایل &amp;وټاکه…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>د کارت فایل وټاکه</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>موږ شمېرې په لوړ غږ ولوستې او &amp;سمې دي</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>موږ شمېرې په لوړ غږ ولوستې او سمې دي</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>کارت &amp;ورزیات کړه</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>کارت ورزیات کړه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارتونه (*{0});;هر فایل (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>{name} ته ووایه چې څه دې پرېکړه وکړه</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>هغوی ته ووایه چې څه دې پرېکړه وکړه</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>ځواب همدومره وايي. سرلیکونه او ستا هېڅ خبرې پکې نشته: {name} یې د هغه څه تر څنګ ویني چې لېږلي یې وو.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>ځواب څه وايي</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>ځواب څه &amp;وايي</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>ځواب &amp;خوندي کړه…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>ځواب د فایل په توګه خوندي کړه</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>تا ورزیات کړ</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>تا د بدلون سره ورزیات کړ</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>تا وویل نه، مننه</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>لا پرېکړه نه ده شوې</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>وړاندیز {number} په {date} لېږل شوی: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>ځواب د {name} لپاره</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>ځواب خوندي کړه</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>ځوابونه (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>خوندي شو. فایل {name} ته ورکړه؛ په خپل اپ کې «وړاندیزونه ولېږه…» او بیا «یو ځواب پرانیزه…» ټاکي.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>انځورونه، غږونه او فایلونه</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>انځور، غږ یا فایل ورزیات کړه…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>انځور، غږ یا فایل ورزیات کړه</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>انځورونه او غږونه (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;هر فایل (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>یوه کاپي خوندي کړه</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>انځور وکاږه…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>انځور وکاږه</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>غږ ثبت کړه…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>غږ ثبت کړه</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>لومړی سرلیک ورزیات کړه، بیا کولی شې انځورونه، غږونه او فایلونه ورزیات کړې.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} ورزیاتېږي…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ورزیات شو.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} لرې کړې؟</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>له دې لیکنې به لرې او پاک شي. دا بېرته نه راګرځي.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>لرې یې کړه</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>وې ساته</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} لرې شو.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>کاپي خوندي کېږي…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>کاپي د {name} په نوم خوندي شوه.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>یوه کاپي خوندي کړه…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>د {name} یوه کاپي خوندي کړه</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>لرې کول…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} لرې کړه</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>انځور پرانیستل کېږي…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>انځور: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>دا انځور نه ښودل کېږي، خو خوندي ساتل شوی.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>زما انځور، {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>زما ثبت شوی غږ، {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>له 1 KB څخه کم</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ضمیمه</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>غږول</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>{name} وغږوه</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>په دې کمپیوټر غږونه نه غږېږي. کولی شې یوه کاپي خوندي کړې او بل ځای یې وغږوې.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>پرانیستل کېږي…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>درول</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>{name} ودروه</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>غږېږي</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>دا غږ دلته نه غږېږي. کولی شې یوه کاپي خوندي کړې او بل ځای یې وغږوې.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>خوندي کاپي جوړه کړه</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>یو فایل چې ستا د کتابچې هر څه پکې دي. یعنې ستا خبرې، انځورونه، غږونه، تاریخچه او خلک. که دا لپ ټاپ ورک شي، دا فایل ستا کتابچه بېرته راولي.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>یو فایل چې ستا د کتابچې هر څه پکې دي: ستا خبرې، انځورونه، غږونه، تاریخچه او خلک. که دا لپ ټاپ ورک شي، ستا کتابچه بېرته راولي.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>ستا نوی د بیارغونې کوډ دا فایل پرانیزي. په خوندي ځای کې یې وساته، له دې لپ ټاپ څخه لرې.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>ستا د بیارغونې کوډ دا فایل پرانیزي. په خوندي ځای کې یې وساته، له دې لپ ټاپ څخه لرې.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>خوندي کاپي جوړېږي</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>د &amp;خوندي کولو ځای وټاکه…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>د خوندي کاپي لپاره ځای وټاکه</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>خوندي کاپي {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>خوندي کاپي (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>خوندي کېږي… ته کولی شې اپ ته دوام ورکړې.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>د {name} په نوم په {folder} کې خوندي شوه.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>له وروستۍ خوندي کاپي څخه ډېر وخت تېر شوی. خوندي کاپي ستا کتابچه ساتي که دا لپ ټاپ ورک شي.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>خوندي &amp;کاپي جوړه کړه…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>خوندي کاپي جوړه کړه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>اوس نه</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>اوس نه: بل ځل مې را یاد کړه</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>د خوندي کاپي یادونه</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>ستا د بیارغونې کوډ بدل شوی، او هغه خوندي کاپي چې دمخه دې جوړې کړې یوازې په زاړه کوډ پرانیستل کېږي. اوس یوه نوې خوندي کاپي جوړه کړه چې ستا له نوي کوډ سره سمه وي.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>ستا د بیارغونې کوډ بدل شوی. اوس یوه خوندي کاپي جوړه کړه، څو که دا لپ ټاپ ورک شي ستا کتابچه خوندي پاتې شي؛ ستا نوی کوډ یې پرانیزي.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>ستا د بیارغونې کوډ بدل شوی. ستا زړې خوندي کاپي زوړ کوډ غواړي. نو اوس یوه نوې خوندي کاپي جوړه کړه. هغه به ستا له نوي کوډ سره سمه وي.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>ستا د بیارغونې کوډ بدل شوی. اوس یوه خوندي کاپي جوړه کړه. بیا که دا لپ ټاپ ورک شي، ستا کتابچه خوندي پاتې کېږي. ستا نوی کوډ خوندي کاپي پرانیزي.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>ډېر وخت دې خوندي کاپي نه ده جوړه کړې. خوندي کاپي ستا کتابچه ساتي که دا لپ ټاپ ورک شي.</translation>
    </message>
</context>
<context>
    <name>BoundariesBand</name>
    <message>
        <source>{heading}: {words}</source>
        <translation>{heading}: {words}</translation>
    </message>
</context>
<context>
    <name>BoundariesDialog</name>
    <message>
        <source>How to talk with me</source>
        <translation>له ما سره څنګه خبرې وکړئ</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>ما په دې نوم یاد کړئ</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>هغه نوم چې خوښېږي خلک دې پرې یاد کړي</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>مهرباني وکړئ له ما د دې په اړه مه پوښتئ</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>د بېلګې په توګه: راته ووایاست چې وروسته به څه کېږي؛ د ځواب لپاره وخت راکړئ</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>دا ستا په کتابچه کې پاتې کېږي. یوازې هغه وخت شریکېږي چې د شریکولو پر مهال یې په نښه کړې، او بیا له هر څه مخکې راځي.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>ما په دې نوم &amp;یاد کړئ…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>&amp;مهرباني وکړئ له ما د دې په اړه مه پوښتئ…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>له ما سره &amp;څنګه خبرې وکړئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;خوندي کړه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کړه</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>ډېرې کلمې دي: په هر بکس کې تر ډېره %n توری ځای کېږي.</numerusform>
            <numerusform>ډېرې کلمې دي: په هر بکس کې تر ډېره %n توري ځای کېږي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>خلک دې په کوم نوم یاد کړي؟ ایا داسې څه شته چې نه غواړې پرې وپوښتل شې؟ خوښېږي چې خلک درسره څنګه خبرې وکړي؟</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>ما په دې نوم یاد کړئ</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>مهرباني وکړئ له ما د دې په اړه مه پوښتئ</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>له ما سره څنګه خبرې وکړئ</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>یوازې هغه وخت شریکېږي چې د شریکولو پر مهال یې په نښه کړې.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>&amp;ویې لیکه…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;بدل یې کړه…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>هغه څه ولیکه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>هغه څه بدل کړه چې خلک یې باید لومړی پوه شي</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>ما په دې نوم یاد کړئ</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>مهرباني وکړئ له ما د دې په اړه مه پوښتئ</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>له ما سره څنګه خبرې وکړئ</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>مهرباني وکړئ لومړی دا ولولئ</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي: هر یو په نښه کړه چې پورته یې کېږدې.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>«{0}» په پاڼه کېږده</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>{sender} له {recipient} سره شریک کړی، تر {until} پورې پرانیستی. {sender} {recipient} ته اجازه ورکړې چې یوه کاپي په خپلو ریکارډونو کې وساتي؛ له دې پرته، مهرباني وکړه بل چا ته یې مه ورکوه.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>{sender} له {recipient} سره شریک کړی، تر {until} پورې پرانیستی. مهرباني وکړه کاپي یې نه کړې او بل چا ته یې مه ورکوه.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>د ریکارډ لپاره نه.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>کولی شي په خپلو ریکارډونو کې یې کاپي کړي (هلته کاپي له پای وروسته هم پاتې کېږي)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>یوازې د لوستلو لپاره: د ریکارډ لپاره نه</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(نوی)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n نوې لیکنه</numerusform>
            <numerusform>%n نوې لیکنې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n بدله شوې لیکنه</numerusform>
            <numerusform>%n بدلې شوې لیکنې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n لیکنه نوره شریکه نه ده</numerusform>
            <numerusform>%n لیکنې نورې شریکې نه دي</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>له {0} راهیسې هېڅ نه دي بدل شوي.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>له {0} راهیسې څه بدل شول: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>نور شریک نه دي: %n له تېر ځل څخه</numerusform>
            <numerusform>نور شریک نه دي: %n له تېر ځل څخه</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>اوس د ‘{0}’ لاندې</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>اوس د «اوس مهم» نښه لري</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>نور د «اوس مهم» نښه نه لري</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>د پوښتنې لپاره نوې نېټه چې لا هم رښتیا ده که نه</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>د پېښېدو لپاره نوې نېټه</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>نوی رنګ</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>انځورونه، غږونه یا فایلونه یې بدل شوي</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>نوې خبرې لاندې کرښه لري او (نوی) نښه یې ده</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>ځینې خبرې ایستل شوې</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>نوی:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>بدل شوی:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>هغه خبرې چې لاندې کرښه لري او هره یې وروسته (نوی) لري، له {0} راهیسې نوې یا بدلې شوې دي.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>د {0} له خوا شریک شوی</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>اوس مهم</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>په دې فایل کې هېڅ شی د «اوس مهم» نښه نه لري.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>هر هغه څه چې شریک شوي</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>شریک کوونکی</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>هغه شمېرې چې ښيي دا له تا راغلی</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>هغه شمېرې چې ښيي دا له هغوی راغلی</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>له چا سره شریک شوی</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>جوړ شوی په</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>پرانیستی تر</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>د {0} پای</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>ولې شریک شو</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(یادښت نشته)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ریکارډونه</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>له {0} راهیسې نوی</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>له {0} راهیسې بدل شوی</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>پېښ شو {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>وروستی بدلون {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>د {carer} (پالونکی) له خوا وړاندیز شوی، د {owner} له خوا بدل او ورزیات شوی</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>د {carer} (پالونکی) له خوا وړاندیز شوی، د {owner} له خوا ورزیات شوی</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>انځور: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>یو انځور چې نه ښودل کېږي: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>غږ: {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>فایل: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>د دې فایل په اړه</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} پاڼه {1} له {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>نوی: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>بدل شوی: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>بدل شوی: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;شمېرې پرتله کړئ…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>شمېرې پرتله کړئ</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>د کارت شمېرې له هغه کس سره ولولئ؛ که سمې وې، د کتل شوي نښه ورکړئ</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>شریک شوی فایل</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>له لړلیک څخه یو شریک شوی فایل وټاکئ چې دلته یې ولولئ.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>په دې فایل کې غږونه</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>د &amp;PDF په توګه خوندي کړئ…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>د PDF په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>د {0} له خوا شریک شوی.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فایلونه (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>یو کارت ورزیات کړه</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>یو کارت وګوره</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>ایا دا کارت رښتیا د {0} دی؟ یو ځای یې وګورئ، مخامخ یا په تلیفون. شمېرې په لوړ غږ ولولئ، هر ځل د پنځو یوه ډله. {0} خپلو شمېرو ته ګوري. ایا ټولې ډلې سره یو شان دي؟ نو کارت رښتیا د هغوی دی. چا په لاره کې نه دی بدل کړی.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>دا شمېرې له {0} سره په لوړ غږ ولولئ، مخامخ یا په تلیفون. که د هغوی شمېرې همدا وي، کارت رښتیا د هغوی دی او چا په لاره کې نه دی بدل کړی.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>موږ شمېرې &amp;پرتله کړې، د کتل شوي نښه ورکړه</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>موږ شمېرې پرتله کړې، د کتل شوي نښه ورکړه</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;اوس نه</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>ورزیات یې کړه، &amp;وروسته یې وګوره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>ستاسو مسودې دلته پاتې کېږي. یوازې هغه څه چې تاسو یې لېږئ ځوان ته رسېږي، او هغه پرېکړه کوي چې څه وساتي.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>وړاندیزونه &amp;ولېږئ…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>وړاندیزونه ولېږئ</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>مسودې وټاکئ او د ځوان لپاره یې د فایل په توګه خوندي کړئ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>د ځوان &amp;کارت ورزیات کړئ…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>د ځوان کارت ورزیات کړئ</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>&amp;زما کارت…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>زما کارت</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>ستاسو کارت، چې ځوان یې ورزیات کړي، نو پوه شي چې وړاندیزونه رښتیا ستاسو له خوا دي</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>{kind}: {details}</source>
        <translation>{kind}: {details}</translation>
    </message>
    <message>
        <source>Numbers checked</source>
        <translation>شمېرې کتل شوې</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>شمېرې لا نه دي کتل شوې</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>په پټنوم شریک شوی (کارت نشته)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>هغه خلک چې همدا اوس ورسره خبرې کولی شې</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Call 116 123</source>
        <translation>116 123 ته زنګ ووهه</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>SHOUT کلمه 85258 ته پیغام کړه</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (تر 19 کلنۍ پورې)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>0800 1111 ته زنګ ووهه</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS، کله چې بیړه وي خو بېړنی حالت نه وي</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>111 ته زنګ ووهه</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>په بېړني حالت کې</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>999 ته زنګ ووهه</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>هغه خلک چې همدا اوس ورسره خبرې کولی شې</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>که همدا اوس داسې چا ته اړتیا لرې چې ورسره خبرې وکړې</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>دا خلک ستا لپاره شته، وړیا، شپه او ورځ:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>«{0}» د تل لپاره ړنګ کړې؟</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>د تل لپاره ړنګ کړې؟</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>هر څه چې پکې دي له دې کمپیوټر څخه پاکېږي: هره لیکنه، انځور او غږ، او هر څه چې دې شریک کړي یا ترلاسه کړي. دا بېرته نه راګرځي. یوازې خوندي کاپي، که جوړه شوې وي، بېرته یې راوړلی شي.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>یوازې هغه څوک یې ړنګولی شي چې کتابچه یې ده: د کتابچې پټنوم یا د بیارغونې کوډ ولیکه. بې له دې دوو څخه د یوه، له اپ څخه نشي ړنګېدلی.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>د کتابچې &amp;پټنوم یا د بیارغونې کوډ:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>د کتابچې پټنوم یا د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>کتل کېږي</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>د تل لپاره یې &amp;ړنګ کړه</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>د تل لپاره یې ړنګ کړه</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;وې ساته</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>وې ساته</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>کتل کېږي…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>د ځوان کارت ورزیات کړئ (د ځوان کارت ورزیات کړئ…) چې معلومه شي دا مسودې د چا د کتابچې لپاره دي.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>د {name} لپاره مسودې. {name} پرېکړه کوي چې څه یې کتابچې ته ځي.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>د {name} کارت ورزیات شو او شمېرې یې کتل شوې. اوس کولی شئ {name} ته وړاندیزونه ولېږئ.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>د {name} کارت ورزیات شو. کله چې مو وس وي، شمېرې یې له {name} سره وګورئ؛ اوس کولی شئ وړاندیزونه ولېږئ.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>انځور وکاږه</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>د انځور پاڼه</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>د غشیو تڼۍ نښه خوځوي؛ Space قلم ښکته کېږدي یا پورته کوي؛ Shift له غشي سره یې لرې وړي.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>نری</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>نری قلم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>منځنی قلم</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>پنډ</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>پنډ قلم</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>تور</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>سور</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>ژېړ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>شین</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>نسواري</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>پاکوونکی</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بېرته راګرځول</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بېرته راګرځول</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>وروستۍ کرښه بېرته واخله (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>پاڼه &amp;پاکه کړه</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>پاڼه پاکه کړه</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>دا انځور &amp;وساته</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>دا انځور وساته</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>&amp;مه یې ساته</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>دا انځور مه ساته</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;قلم:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;رنګ:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>کیبورډ: په Tab سره پاڼې ته ورشه، بیا غشي نښه خوځوي او Space قلم ښکته کېږدي یا پورته کوي.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>ټاکل شوی</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>انځور: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>اوس مهم</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>انځور لري</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>غږ لري</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>فایل لري</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>«{title}» پرانیزه</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>سور</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>ژېړ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>شین</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ګلابي</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>رنګ نشته</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>ستا خپل رنګ</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>اوس مهم</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>او {0} نور</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>→ شاته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>شاته (Esc). ستا خبرې خوندي دي.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>پخوانۍ بڼې…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>پخوانۍ بڼې</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>د تل لپاره پاک کړه…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>د تل لپاره پاک کړه</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>دا لیکنه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>څو کلمې چې پرې یې ومومې</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;سرلیک</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>ستا خبرې</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>څومره چې غواړې، لږ یا ډېر، ولیکه.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>ستا &amp;خبرې</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>برخه</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;اوس مهم: لومړی یې په کور کې وښیه</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>اوس مهم</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>وپوښته چې لا هم رښتیا ده که نه، &amp;په</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>له ما وپوښته چې لا هم رښتیا ده که نه، &amp;په</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>&amp;برخه</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>له چا سره &amp;ولیکل شوه</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>د پوښتنې نېټه چې لا هم رښتیا ده که نه</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>د پېښېدو نېټه</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>&amp;کله پېښه شوه</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنګ</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;رنګ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>خوندي نه شوه: دا ډېره اوږده ده. هڅه وکړه چې په دوو لیکنو یې ووېشې.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>لا خوندي نه ده: په دې کمپیوټر کې ځای نه دی پاتې. ستا خبرې لا دلته دي او څنګه چې ځای پیدا شي خوندي کېږي.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>لا خوندي نه ده: سرلیک ورزیات کړه</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>خوندي شوه. تر هغه چې سرلیک ورزیات نه کړې، لومړنۍ کلمې یې سرلیک دی.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>خوندي شوه</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>پخوانۍ بڼه بېرته راغله. وروستۍ خبرې دې د هغې په تاریخچه کې ساتل شوې.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>«{title}» د تل لپاره پاک کړې؟</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>دا لیکنه، ټولې پخوانۍ بڼې یې او انځورونه، غږونه او فایلونه یې لرې کوي. بېرته نه راګرځي.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>وې ساته</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>د {name} له خوا وړاندیز شوی</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>{name} دا وړاندیز کړی و؛ تا مخکې له دې چې په {day} یې ورزیات کړې، بدل کړ.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>{name} دا وړاندیز کړی و؛ تا په {day} ورزیات کړ.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>د کارت شمېرې: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: ټوټه {1} له 3، په {2} جوړه شوې</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>یو څوک چې پر تا باور لري ښایي تا ته یوه ټوټه درکړي. دا ورسره مرسته کوي چې بېرته خپلې کتابچې ته ننوځي. دلته یې وساته. ښایي یوه ورځ ورته اړتیا پیدا کړي. بیا د هغې کلمې هغه ته وښیه. بل هېچا ته یې مه ښیه.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>یو څوک چې پر تا باور لري ښایي تا ته د خپلې بېرته ننوتلو د لارې یوه ټوټه درکړي. دلته یې وساته. که کله یې اړتیا پیدا کړه، د هغې کلمې یوازې هغه ته وښیه، بل هېچا ته نه.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;هغه ټوټې چې ته یې ساتې</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>هغه ټوټې چې ته یې ساتې</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>ته د هېچا لپاره ټوټه نه ساتې.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>له فایل څخه یوه ټوټه &amp;وساته…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>له فایل څخه یوه ټوټه وساته</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>د هغې کلمې و&amp;ښیه…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>د ټاکلې ټوټې کلمې وښیه</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>هغه فایل &amp;ړنګ کړه…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>هغه فایل ړنګ کړه چې ټوټه ترې ساتل شوې</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>یوه ټوټه وساته</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>ټوټې (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>اوس د {0} ټوټه له تا سره ده. دا ټوټه {1} له 3 ده. یوازې هغه وخت یې وښیه چې {0} یې وغواړي. نور فایل ته اړتیا نه لرې. ړنګ یې کړه، څو بل څوک یې پیدا نه کړي.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>د {0} ټوټه، {1} له 3، وساتل شوه. یوازې هغه وخت یې وښیه چې {0} یې وغواړي. هغه فایل چې ټوټه ترې راغلې نور نه دی پکار: ړنګ یې کړه، څو بل څوک یې پیدا نه کړي.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>د ټوټې فایل ړنګ کړې؟</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>ټوټه دلته ساتل شوې، نو فایل {0} نور نه دی پکار. له هغه ځایه یې ړنګ کړې چې دی؟</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>ړنګ یې کړه</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>فایل وساته</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>فایل ړنګ شو. ټوټه دلته ساتل شوې.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>شمېرې پرتله کړئ</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>دا فایل وايي چې د {0} له خوا دی، خو په داسې کارت لاسلیک شوی چې تا مخکې نه دی لیدلی. هر څوک کولی شي پر کارت نوم ولیکي، نو ځکه پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>له {0} وغواړه چې د خپل کارت شمېرې ولولي، مخامخ یا په تلیفون، او له دې سره یې پرتله کړه.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>د هغه کارت شمېرې چې دا فایل یې لاسلیک کړی:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>د هغه {0} شمېرې چې ته یې پېژنې، لومړی ځل په {1} لیدل شوې:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;ړنګ یې کړه</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>ړنګ یې کړه</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>دا &amp;بل څوک دی: وې ساته</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>دا بل څوک دی: وې ساته</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>د هغوی شمېرې له دې کارت سره سمې دي: د بل کس په توګه یې ثبت کړه</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;اوس نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>اوس نه</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>وايي چې د {name} له خوا دی، په {day} ترلاسه شو: بل کارت، ساتل شوی</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>&amp;ساتل شوي: نه دي پرانیستل شوي</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>دا وايي چې د هغه چا له خوا دي چې ته یې پېژنې، خو په بل کارت لاسلیک شوي. هر څوک کولی شي پر کارت نوم ولیکي. مخکې له دې چې باور وکړې، شمېرې له هغه کس سره پرتله کړه.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>ساتل شوي فایلونه</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;شمېرې پرتله کړئ…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>شمېرې پرتله کړئ</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>د دواړو کارتونو شمېرې وګوره، بیا فایل وساته یا یې ړنګ کړه</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>ړنګ شو. له هغه کارت څخه هېڅ شی نه دی ساتل شوی.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>د بل کس په توګه وساتل شو چې نوم یې هم {0} دی.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>دا پروفایل د څه لپاره دی او څنګه کار کوي (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>هغه خلک چې همدا اوس ورسره خبرې کولی شې (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>دا ستا خپل شخصي ځای دی چې ستا په اړه مهم شیان پکې وساتې، څو بیا بیا خپله کیسه ونه کړې. په همدې کمپیوټر، قلف شوی، پاتې کېږي. هېڅ شی نه شریکېږي تر هغه چې ته یې پخپله شریک نه کړې.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>که همدا اوس داسې چا ته اړتیا لرې چې ورسره خبرې وکړې</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>دا اپ د بېړني حالت خدمت نه دی او هېڅوک هغه څه نه ویني چې ته یې دلته لیکې. دا خلک ستا لپاره شته، وړیا، شپه او ورځ:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>شریکول</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>خوندي کاپي</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>امستنې، بیا خوندي کاپي، یو فایل جوړوي چې هر څه پکې وي. په USB سټیک یا له دې لپ ټاپ څخه لرې ځای کې یې وساته. ستا د بیارغونې کوډ یې پرانیزي، نو کوډ هم خوندي وساته. په نوي لپ ټاپ کې، په لومړۍ پاڼه «له خوندي کاپي څخه بېرته راوړل» وټاکه.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>کوډ دې ورک شو، یا چا ولید؟ امستنې، بیا د بیارغونې کوډ، نوی کوډ جوړوي: لومړی خپل پټنوم ولیکه. بیا د نوي کوډ وروستۍ ډله ولیکه، چې وښیې چې لیکلی دې دی؛ یوازې بیا ستا د زاړه کوډ ځای نیسي (که تر هغه مخکې قلف کړې، زوړ کوډ دې لا هم کار کوي). له خوندي کاپي څخه بېرته راوړل هم تا ته نوی کوډ درکوي. زوړ کوډ دې لا هم ستا زړې خوندي کاپي پرانیزي، او په زاړه لپ ټاپ کې کتابچه، خو دا یوه نه؛ نو یوه نوې خوندي کاپي جوړه کړه.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>که پټنوم دې هېر شي</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>«شریک کړه…» کېکاږه، هغه تڼۍ چې د پاڼو د لړلیک لاندې ده، لیکنې په نښه کړه، او وټاکه چې د چا لپاره دي. مخکې له دې چې څه خوندي شي، ته دقیقاً هغه ګورې چې هغوی به یې وویني. فایل یوازې د هغوی په اپ کې پرانیستل کېږي (یا په هغه پټنوم چې ته یې په خوله ورته وایې)، او یوازې تر هغې نېټې چې تا ټاکلې. وروسته یې د خلکو له پاڼې بېرته اخیستلی شې.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>دا ستا خپل شخصي ځای دی. ستا په اړه مهم شیان دلته ساتې. بیا اړتیا نشته چې خپله کیسه بیا ووایې. په همدې کمپیوټر پاتې کېږي. قلف دی. هېڅ شی نه شریکېږي تر هغه چې ته یې پخپله شریک نه کړې.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>دا اپ د بېړني حالت خدمت نه دی. هېڅوک هغه څه نه ویني چې ته یې دلته لیکې. دا خلک ستا لپاره شته. وړیا دي. شپه او ورځ شته:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>بیا شریکول، او ځوابونه</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>که بیا له هماغه کس سره شریک کړې، نوی فایل د زاړه ځای نیسي: د هغوی اپ یوازې تر ټولو نوی ساتي، او ورته ښيي چې څه بدل شوي. که ځواب یې درکړ، د هغوی فایل د خلکو په پاڼه کې پرانیزه («یو رسید یا ځواب پرانیزه…»). د هغوی پیغام، او هغه څه چې د هرې لیکنې په اړه به یې کوي، د هماغه شریک شوي شي تر څنګ د «هغه څه چې ما له دې کس سره شریک کړي» لاندې ښودل کېږي.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>د کور په سر کې لیکلی شې چې خلک دې په کوم نوم یاد کړي، د څه په اړه درڅخه پوښتنه ونه کړي، او څنګه درسره خبرې وکړي. کله چې یې شریک کړې، دا لومړی شی دی چې هغه کس یې لولي.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کله چې شیان سخت شي</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>د «کله چې شیان سخت شي» تڼۍ (Ctrl+Shift+P) ستا خپل پلان ساتي، ګام په ګام، ستا په خبرو، له هغو خلکو سره چې همدا اوس ورسره خبرې کولی شې. کولی شې د هرې بلې لیکنې په څېر یې شریک کړې.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>انځورونه، رسمونه او غږونه</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>په یوه لیکنه کې کولی شې له فایل څخه انځور یا غږ ورزیات کړې، انځور وکاږې، یا خپل غږ یا موسیقي ثبت کړې. دا ټول ستا په کتابچه کې قلف ساتل کېږي، هېڅکله د جلا فایلونو په توګه نه.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>ستا یو مخیزه پېژندنه</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>«زما یو مخیزه پېژندنه…»، د پاڼو د لړلیک لاندې، له هغو لیکنو څخه چې ته یې غوره کوې ستا په اړه یوه پاڼه جوړوي، چې چاپ یې کړې یا د PDF په توګه یې خوندي کړې. یوازې هغه څه پکې راځي چې ته یې غوره کوې.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>نوی د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>د قلف خلاصولو په پاڼه، «پر ځای یې زما د بیارغونې کوډ وکاروه» وټاکه، او هغه کوډ ولیکه چې د جوړولو پر مهال دې لیکلی و؛ بیا نوی پټنوم وټاکه.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>که د بیارغونې کوډ هم ورک کړې</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>د باور وړ خلک مرسته کولی شي، که دې مخکې ټاکلي وي: په امستنو کې، بیا د باور وړ خلک، درې تنه وټاکه او هر یوه ته خپله ټوټه ورکړه. بیا، د قلف خلاصولو په پاڼه، «د باور وړ خلکو په مرسته بېرته ننوتل» وټاکه او هغه کلمې ولیکه چې دوه تنه یې درته لولي. ستا له پټنوم، ستا د بیارغونې کوډ یا د دوو باور وړ کسانو له ټوټو پرته، هېڅوک یې نشي پرانیستلی.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>د بل چا لپاره د ټوټې ساتل</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>که یو ملګری دې د خپلو باور وړ خلکو له ډلې وټاکي، د هغه ټوټه په امستنو کې، بیا «هغه ټوټې چې زه یې ساتم»، وساته. د هغې کلمې یوازې هغه ته وښیه، کله چې یې وغواړي.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>د کیبورډ تڼۍ</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>اوس پټ کړه: سمدستي قلفوي او تشه پاڼه ښيي</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قلف</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>یو څه نوی ولیکه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>کور</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خلک</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>وړاندیزونه</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>یو څه شریک کړه</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>کله چې شیان سخت شي: ستا پلان، او هغه خلک چې همدا اوس ورسره خبرې کولی شې</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>دا پاڼه یا دا لیکنه په لوړ غږ ولوله؛ Esc یې دروي</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>د شیانو ترمنځ تګ</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>مخته تګ، شاته تګ</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>په لوړ غږ لوستل او اسانه لوستل</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>په لوړ غږ لوستل په کور او په هره لیکنه کې شته. ستا د کمپیوټر خپل غږ کاروي. هېڅ شی نه ثبتېږي او نه خوندي کېږي. اسانه لوستل په امستنو کې، بیا نوم او بڼه کې دي. لنډې جملې، لوی متن او انځورونه درکوي.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>په لوړ غږ لوستل، په کور او په هره لیکنه کې، ستا د کمپیوټر خپل غږ کاروي؛ هېڅ شی نه ثبتېږي او نه خوندي کېږي. په امستنو کې، بیا نوم او بڼه، اسانه لوستل شته: لنډې جملې، لوی متن او انځورونه.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>انځورونه له OpenMoji (openmoji.org) څخه دي، د Creative Commons جواز CC BY-SA 4.0 لاندې شریک شوي.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>د «شریک کړه…» تڼۍ کېکاږه. د پاڼو د لړلیک لاندې ده. هغه لیکنې په نښه کړه چې غواړې یې شریکې کړې. وټاکه چې د چا لپاره دي. مخکې له دې چې څه خوندي شي، ته دقیقاً هغه ګورې چې هغوی به یې وویني. فایل یوازې د هغوی په اپ کې پرانیستل کېږي. یا په هغه پټنوم پرانیستل کېږي چې ته یې ورته وایې. یوازې تر هغې نېټې پرانیستل کېږي چې تا ټاکلې. وروسته یې د خلکو په پاڼه کې بېرته اخیستلی شې. یعنې له هغوی یې بېرته اخلې.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>کولی شې بیا له هماغه کس سره شریک کړې. بیا نوی فایل د زاړه ځای نیسي. د هغوی اپ یوازې تر ټولو نوی ساتي. هغوی ته ښيي چې څه بدل شوي. ښایي هغوی په یوه فایل ځواب درکړي. هغه د خلکو په پاڼه کې، په «یو رسید یا ځواب پرانیزه…»، پرانیزه. بیا د هغوی پیغام وینې. وینې چې د هرې لیکنې په اړه به څه کوي. دا د هماغه شریک شوي شي تر څنګ، د «هغه څه چې ما شریک کړي» لاندې دی.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>د کور په سر کې درې شیان لیکلی شې. خلک دې په کوم نوم یاد کړي. د څه په اړه درڅخه پوښتنه ونه کړي. څنګه درسره خبرې وکړي. که یې شریک کړې، هغه کس یې لومړی لولي.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>د «کله چې شیان سخت شي» تڼۍ کېکاږه، یا Ctrl+Shift+P. ستا خپل پلان ساتي. پلان ګام په ګام دی، ستا په خبرو. هغه خلک پکې دي چې همدا اوس ورسره خبرې کولی شې. کولی شې د هرې بلې لیکنې په څېر یې شریک کړې.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>په یوه لیکنه کې کولی شې له فایل څخه انځور یا غږ ورزیات کړې. کولی شې انځور وکاږې. کولی شې خپل غږ یا موسیقي ثبت کړې. دا ستا په کتابچه کې قلف پاتې کېږي. هېڅکله د جلا فایلونو په توګه نه خوندي کېږي.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>«زما یو مخیزه پېژندنه…» د پاڼو د لړلیک لاندې ده. ستا په اړه یوه پاڼه جوړوي. لیکنې یې ته پخپله غوره کوې. کولی شې پاڼه چاپ کړې یا د PDF په توګه یې خوندي کړې. یوازې هغه څه پکې راځي چې ته یې غوره کوې.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>امستنو ته ورشه، بیا خوندي کاپي. یو فایل خوندي کوي چې هر څه پکې وي. فایل په USB سټیک، یا له دې لپ ټاپ څخه لرې ځای کې وساته. ستا د بیارغونې کوډ یې پرانیزي. نو کوډ هم خوندي وساته. په نوي لپ ټاپ کې، په لومړۍ پاڼه «له خوندي کاپي څخه بېرته راوړل» وټاکه.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>کوډ دې ورک کړ؟ یا چا ولید؟ امستنو ته ورشه، بیا د بیارغونې کوډ. خپل پټنوم ولیکه. بیا نوی کوډ جوړ کړه. بیا د نوي کوډ وروستۍ ډله ولیکه. دا ښيي چې لیکلی دې دی. یوازې بیا نوی کوډ کار کوي. له خوندي کاپي څخه بېرته راوړل هم تا ته نوی کوډ درکوي. له هغې وروسته، زوړ کوډ دې لا هم ستا زړې خوندي کاپي پرانیزي. ښایي زوړ لپ ټاپ هم پرانیزي. دا یوه نه پرانیزي. نو یوه نوې خوندي کاپي جوړه کړه.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>د قلف خلاصولو پاڼې ته ورشه. «پر ځای یې زما د بیارغونې کوډ وکاروه» وټاکه. هغه کوډ ولیکه چې د جوړولو پر مهال دې لیکلی و. بیا نوی پټنوم وټاکه.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>د باور وړ خلک مرسته کولی شي. خو لومړی باید هغوی وټاکې. امستنو ته ورشه، بیا د باور وړ خلک. درې تنه وټاکه. هر یوه ته خپله ټوټه ورکړه. بیا، که ننوتلی نشې، د قلف خلاصولو پاڼې ته ورشه. «د باور وړ خلکو په مرسته بېرته ننوتل» وټاکه. دوه تنه یې خپلې کلمې درته لولي. هغه کلمې ولیکه. هېڅوک یې له دې درېیو څخه له یوه پرته نشي پرانیستلی: ستا پټنوم، ستا د بیارغونې کوډ، یا د دوو باور وړ کسانو ټوټې.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>ښایي یو ملګری دې د خپلو باور وړ خلکو له ډلې وټاکي. بیا د هغه ټوټه په امستنو کې، بیا «هغه ټوټې چې زه یې ساتم»، وساته. د هغې کلمې یوازې هغه ته وښیه. یوازې هغه وخت یې وښیه چې وغواړي.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>دا پروفایل د یو ځوان د مرستې لپاره دی. تاسو دلته د هغو شیانو لپاره وړاندیزونه لیکئ چې هغه یې په خپل اپ کې ساتي. ستاسو مسودې تر لېږلو پورې دلته، قلف شوې، پاتې کېږي، او ځوان پرېکړه کوي چې څه وساتي.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>د وړاندیزونو لېږل</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>هر وړاندیز د مسودې په توګه ولیکئ (Ctrl+N د نوي لپاره). کله چې چمتو شوئ، «وړاندیزونه ولېږئ…» وټاکئ، مسودې په نښه کړئ او فایل خوندي کړئ. فایل ځوان ته ورکړئ: یوازې د هغه اپ یې پرانیستلی شي. هغه کولی شي هر وړاندیز ورزیات کړي، بدل یې کړي یا یې پرېږدي.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>کارتونه او د شمېرو کتل</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>مخکې له لېږلو، د ځوان کارت ورزیات کړئ (د ځوان کارت ورزیات کړئ…). خپل کارت هم ورکړئ (زما کارت…) او ورته وښیئ چې څنګه یې د خلکو په پاڼه کې ورزیات کړي، څو پوه شي چې وړاندیزونه رښتیا ستاسو له خوا دي. بیا د دواړو کارتونو شمېرې یو ځای پرتله کړئ، مخامخ یا په تلیفون. که سمې وې، کارتونه سم دي.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>د هغوی ځواب</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>کله چې ځوان پرېکړه وکړي، د هغه اپ کولی شي ستاسو لپاره یو ځواب خوندي کړي: یو کوچنی فایل چې د هر وړاندیز په اړه وايي چې ورزیات یې کړ، د بدلون سره یې ورزیات کړ، که پرېښود یې. هېڅکله د هغه خبرې نه لري. په خپله اصلي پاڼه (یا په «وړاندیزونه ولېږئ…» کې) «یو ځواب پرانیزئ…» وټاکئ او فایل غوره کړئ؛ بیا «وړاندیزونه ولېږئ…» ښيي چې له هر وړاندیز سره څه وشول.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>دا پروفایل هغه څه ساتي چې ځوانان یې غوره کوي له تاسو سره شریک کړي. هر شریک شوی فایل یوازې د لوستلو دی، ښيي چې چا او تر کومه وخته شریک کړی، او کله چې وخت یې پوره شي له دې ځایه ړنګېږي.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>د شریک شوي فایل پرانیستل</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>«شریک شوی فایل پرانیزئ…» (Ctrl+O) وټاکئ او هغه فایل غوره کړئ چې ځوان درکړی. مخکې له دې چې څه وساتل شي، کتل کېږي. Ctrl+P یې چاپوي. «رسید خوندي کړئ…» یو فایل جوړوي چې ځوان ته وايي تاسو پرانیستی. که هغه یو شریک شوی شی بېرته واخلي، د بېرته اخیستلو فایل هم همداسې پرانیزئ او دلته ړنګېږي. له هماغه کس څخه نوی فایل د پخواني ځای نیسي، او ښيي چې څه بدل شوي.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>مهرباني وکړئ لومړی دا ولولئ</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>که ځوان لیکلي وي چې څنګه خوښوي ورسره خبرې وشي (په کوم نوم یې یاد کړئ، د څه په اړه پوښتنه ونه کړئ)، دا په هغه پټۍ کې دی چې «مهرباني وکړئ لومړی دا ولولئ» پرې لیکل شوي، د هغه څه پورته چې شریک کړي یې دي. له نورو مخکې یې ولولئ.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>ځوابول</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>«ځواب…» یو لنډ پیغام په ځواب کې لیکي، او که مو خوښه وي، هغه څه چې د هرې لیکنې په اړه به یې کوئ. تاسو دقیقاً ګورئ چې څه به ووځي، بیا د ځوان لپاره یو فایل خوندي کوئ؛ یوازې د هغه اپ یې پرانیزي. «ځواب» تر هغه وخته شته چې شریک شوی شی لا اعتبار ولري او ستاسو د کارت لپاره جوړ شوی وي.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>یوازې د لوستلو لپاره، یا ریکارډونو ته کاپي شوی</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>هغه څه چې له تاسو سره شریک شوي دلته یوازې د لوستلو لپاره دي. «د ریکارډ لپاره صادرول…» یوازې هلته ښکاري چې ځوان منلې وي چې ستاسو د ادارې ریکارډونو ته کاپي شي؛ دا د هغه په خپلو خبرو یو FHIR سند خوندي کوي. که نه، دلته یې یوازې د لوستلو لپاره وساتئ، تر هغه چې وخت یې پوره شي.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>ستاسو کارت او د شمېرو کتل</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>ځوان تاسو سره هغه وخت شریکولی شي چې ستاسو کارت ولري. «زما کارت…» وټاکئ چې خپل نوم، دنده او اداره ورزیات کړئ، او د کارت فایل د هغه لپاره خوندي کړئ. کله چې سره ووینئ، د خپل کارت شمېرې له هغو شمېرو سره پرتله کړئ چې د هغه اپ یې ښيي. که سمې وې، هغه څه چې شریکوي یوازې تاسو ته رسېږي.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>قلفول او پټول</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>قلف (Ctrl+L) دا پروفایل تر هغه بندوي چې پټنوم بیا ولیکل شي. «اوس پټ کړه» (Ctrl+Shift+H) سمدستي قلفوي او تشه پاڼه ښيي. کله چې یوازې پرېښودل شي، پخپله هم قلفېږي؛ امستنې، بیا قلف، وايي چې تر څومره وخت وروسته.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>که پټنوم مو هېر شي</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>د قلف خلاصولو په پاڼه، «پر ځای یې زما د بیارغونې کوډ وکاروه» وټاکئ، او هغه کوډ ولیکئ چې د دې پروفایل د جوړولو پر مهال مو لیکلی و؛ بیا نوی پټنوم وټاکئ. له پټنوم یا د بیارغونې کوډ پرته، هېڅوک یې نشي پرانیستلی.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>هغه ټوټې چې زه یې ساتم</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>یو ځوان ښایي تاسو د درېیو باور وړ کسانو له ډلې وټاکي او د ټوټې یو فایل درکړي. هغه په امستنو کې، بیا «هغه ټوټې چې زه یې ساتم»، وساتئ. که د ننوتلو لاره یې ورکه کړه، کله چې ډاډه شوئ چې هماغه دی، د هغې کلمې ورته وښیئ؛ د دوو کسانو ټوټې هغه بېرته ننباسي. یوازې یوه ټوټه هېڅ نه پرانیزي.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>خوندي کاپي</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>امستنې، بیا خوندي کاپي، یو فایل جوړوي چې د دې پروفایل هر څه پکې وي. له دې کمپیوټر څخه لرې ځای کې یې وساتئ. د بیارغونې کوډ یې پرانیزي، نو کوډ هم خوندي وساتئ. په نوي کمپیوټر کې، په لومړۍ پاڼه «له خوندي کاپي څخه بېرته راوړل» وټاکئ.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>تڼۍ</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: همدا مرسته. Ctrl+, : امستنې. Tab او Shift+Tab د شیانو ترمنځ ځي؛ Enter مخته ځي، Escape کړکۍ بندوي.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>هغه څه چې اوس مهم دي</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>لا دلته هېڅ نشته. هغه څه چې تر ټولو مهم دي پورته ونښلوه. لومړی دلته ښکاري.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>لا دلته هېڅ نشته. په یوه لیکنه «اوس مهم» په نښه کړه چې پورته پاتې شي.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>دا پاڼه</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>کور</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>دا لا هم رښتیا ده؟</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>لکه څنګه چې وه وساتل شوه. په {date} به بیا وپوښتو.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>له پورته لرې شوه. لا هم په {section} کې ساتل شوې.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>دا د چا لپاره دی؟</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;زه: دا زما خپله کتابچه ده</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>ستا په اړه مهم شیان وساته، او کله چې وغواړې شریک یې کړه.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>زه له یو ځوان سره مرسته کوم (&amp;پالونکی)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>داسې وړاندیزونه ولیکئ چې ځوان یې ومني، بدل یې کړي یا یې پرېږدي.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>زه &amp;کارپوه یم</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>ځوانانو ته خپل کارت ورکړئ، او هغه څه ولولئ چې له تاسو سره یې شریکوي.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;شاته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بل</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بل</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>ځوان</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>پالونکی</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>کارپوه</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}، یو ځوان</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}، یو پالونکی</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}، یو کارپوه</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ژبه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>هغه ژبې چې له منځه یې ټاکلی شې</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>د پیل پاڼې په څېر</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}، لا نه ده کتل شوې</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>کمپیوټر جوړه کړې. لا هېچا چې دا ژبه وايي نه ده کتلې، نو ښایي ځینې کلمې ناسمې وي.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>یو چا چې دا ژبه وايي کتلې ده.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>یو څه سم ونه شول</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>کوم یو ستا دی؟</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>په دې کمپیوټر کې &amp;کتابچې</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>په دې کمپیوټر کې کتابچې</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;پرانیزه</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>ټاکل شوی پرانیزه</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>نوې کتابچه جوړه کړه، یا یوه له هغې خوندي کاپي څخه بېرته راوړه چې دمخه دې جوړه کړې، د بېلګې په توګه کله چې نوي لپ ټاپ ته ځې.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>نوې &amp;کتابچه جوړه کړه</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>نوې کتابچه جوړه کړه</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>له خوندي کاپي څخه &amp;بېرته راوړل…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>له خوندي کاپي څخه بېرته راوړل</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;ړنګول…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>ټاکل شوی ړنګ کړه</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ښه راغلې</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>«{0}» ړنګ شو.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>ازمېښت: دلته هېڅ شی رښتینی نه دی، او کله چې اپ بند کړې ړنګېږي.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>کله چې شیان &amp;سخت شي</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کله چې شیان سخت شي</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>ستا پلان، او هغه خلک چې همدا اوس ورسره خبرې کولی شې (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>پاڼې</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>کور</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خلک</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>وړاندیزونه</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>ستا لیکنه</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;شریک کړه…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شریک کړه</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>د یو چا سره د شریکولو لپاره لیکنې وټاکه (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>زما &amp;یو مخیزه پېژندنه…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>یو مخیزه پېژندنه</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>ستا په اړه یوه پاڼه چې چاپ یې کړې یا د PDF په توګه یې خوندي کړې، له هغو لیکنو چې ته یې ټاکې</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>امستنې (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>نوې لیکنه</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>زما کارت</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>ستاسو کارت خلکو ته اجازه ورکوي چې له تاسو سره په خوندي ډول شریک کړي. د فایل په توګه یې خوندي کړئ او هغوی ته یې ورکړئ. بیا لاندې شمېرې یو بل ته په لوړ غږ ولولئ: که سمې وې، چا په لاره کې نه دی بدل کړی.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>ستاسو د کارت شمېرې</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>زما کارت د فایل په توګه &amp;خوندي کړه…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>زما کارت د فایل په توګه خوندي کړه</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>ستاسو د کارت په اړه</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>پر کارت ستاسو نوم</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>ستاسو دنده</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>د بېلګې په توګه: ټولنیز کارکوونکی</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>ستاسو اداره</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;دنده</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;اداره</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>شمېرې هغه وخت ښکاري چې ستاسو کارت نوم ولري.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>زما کارت خوندي کړه</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>کارتونه (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>ستاسو کارت د {0} په نوم خوندي شو. هغه کس ته یې ورکړئ، بیا شمېرې یو ځای په لوړ غږ ولولئ.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا یادښتونه نشته.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>دوام</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>د قلف خلاصولو پاڼې ته ورګرځه</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>نوی پټنوم وټاکه</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>ستا د بیارغونې کوډ پرانیست. اوس نوی پټنوم وټاکه، او له اوس وروسته یې په هغه پرانیزه. څو کلمې چې ته یې په یاد ساتې خو نور یې اټکل نشي کولی ښه کار کوي.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>ستا د باور وړ خلکو ټوټو دا پرانیسته. اوس یو نوی پټنوم وټاکه، او له اوس وروسته یې په هغه پرانیزه. څو کلمې چې ته یې په یاد ساتې خو نور یې اټکل نشي کولی ښه کار کوي.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;نوی پټنوم</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کار روان دی</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>په خوندي ډول قلفېږي… یوه شېبه نیسي.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>«اوس نه» هېڅ نه بدلوي: ستا زوړ پټنوم، که بېرته دې یاد شو، لا هم یې پرانیزي، او ستا د باور وړ خلکو ټوټې هم. بل ځل چې هغوی یې پرانیزي، بیا به درڅخه پوښتل کېږي.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>«اوس نه» هېڅ نه بدلوي: ستا زوړ پټنوم، که بېرته دې یاد شو، لا هم یې پرانیزي، او ستا د بیارغونې کوډ هم. بل ځل چې کوډ یې پرانیزي، بیا به درڅخه پوښتل کېږي.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;اوس نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>اوس نه</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>نوی پټنوم &amp;خوندي کړه</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>نوی پټنوم خوندي کړه</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>ستا نوی د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>ستا نوی پټنوم خوندي شو. هغه د بیارغونې کوډ چې تا وکاراوه نور یې نه پرانیزي: که بیا دې پټنوم هېر شي، دا نوی کوډ یې پرانیزي. ویې لیکه یا یې چاپ کړه، او په خوندي ځای کې یې وساته، له دې کمپیوټر څخه لرې.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>ستا نوی پټنوم خوندي شو. ستا زوړ د بیارغونې کوډ نور یې نه پرانیزي: دا نوی کوډ یې پرانیزي. ویې لیکه یا یې چاپ کړه، او په خوندي ځای کې یې وساته، له دې کمپیوټر څخه لرې. ستا د باور وړ خلکو ټوټې لا هم کار کوي؛ که ښایي نورو اورېدلې وي، په امستنو کې نوې جوړې کړه.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>هغه خوندي کاپي چې دمخه دې جوړې کړې لا هم زوړ کوډ غواړي: ژر یوه نوې خوندي کاپي جوړه کړه (کور به دې ور یاد کړي).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>دا یوازینی ځل دی چې ښودل کېږي.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>ما وساته، &amp;دوام ورکړه</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>ما وساته، دوام ورکړه</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>پټنوم وروسته ټاکې؟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>اوس یو وټاکه</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>له نوي کوډ ساتلو پرته بندوې؟</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>ستا نوی پټنوم خوندي دی، خو نوی د بیارغونې کوډ به بیا ونه ښودل شي، او زوړ نور کار نه کوي. په امستنو کې کولی شې بل کوډ جوړ کړې.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>پرانیستی یې پرېږده</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>یو مخیزه پېژندنه</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>هغه &amp;لیکنې چې پکې راځي</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>پاڼه لکه څنګه چې به چاپ شي</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>ستا په اړه یوه پاڼه د نوي ښوونځي یا نوي استوګنځي لپاره. هغه څه په نښه کړه چې پکې راځي: تر هغه چې په نښه یې نه کړې، هېڅ پکې نشته.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>په پاڼه کې څه راځي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>د &amp;PDF په توګه خوندي کړه…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>د PDF په توګه خوندي کړه</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>هغه لیکنې چې پکې راځي</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>لیکنې</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(د «{heading}» لاندې راځي)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>په یوه پاڼه کې ځای کېږي.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>په یوه پاڼه کې ځای کېږي، لږ کوچنی.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>دا د یوې پاڼې لپاره ډېر دی: کلمې به کوچنۍ چاپ شي. ځینې یې له نښې ایستلی شې.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>زما په اړه.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فایلونه (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>خلک په ما کې څه خوښوي</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>څه چې ما ته مهم دي</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>زما د ملاتړ غوره لاره</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>زما په اړه هر څه</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>د {name} په اړه هر څه</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>یو &amp;ځواب پرانیزئ…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>ستاسو وړاندیزونو ته د هغوی ځواب پرانیزئ</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>د ځوان له خوا فایل چې وايي له هر وړاندیز سره څه وشول</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>یو ځواب پرانیزئ</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>ځوابونه (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>ځواب پرانیستل او کتل کېږي…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} ځواب ورکړ. «وړاندیزونه ولېږئ…» ښيي چې له هر وړاندیز سره څه وشول.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>یو &amp;رسید یا ځواب پرانیزه…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>یو رسید یا ځواب پرانیزه</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>د هغه چا له خوا فایل چې ورسره دې شریک کړي: وايي چې پرانیستی یې دی، یا د هغوی ځواب</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>رسیدونه او ځوابونه (*{0} *{1});;هر فایل (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>دا ځواب دې له {name} څخه دمخه لرې. له هغه څه سره ښودل کېږي چې تا په {date} شریک کړي وو.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} هغه څه ته ځواب ورکړ چې تا په {date} شریک کړي وو. له هماغه شریک شوي شي سره ښودل کېږي.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} هغه څه په {date} پرانیستل چې تا شریک کړي وو.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;نوی پټنوم</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>پټنوم بیا ولیکه</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>څه چې لیکم وې ښیه</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>د لیکلو پر مهال پټنوم وښیه</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>یو &amp;وړاندیز کړه</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>یو پټنوم وړاندیز کړه</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>دواړه ځایونه په څو تصادفي کلمو ډک کړه، ښودل کېږي چې ویې لیکې</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>د پټنوم ځواک</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>بیا یې &amp;ولیکه</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>ډېر لنډ: لږ تر لږه {0} توري وکاروه.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>ځواک: اسانه اټکل کېږي.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>ځواک: لا هم ډېر اسانه اټکل کېږي.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>ځواک: پیاوړی.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>ځواک: ډېر پیاوړی.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>دا له هغو پټنومونو څخه دی چې خلک یې لومړی ازمیي.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>عامې کلمې او نومونه یوازې ژر اټکل کېږي.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>سره نږدې تڼۍ ژر اټکل کېږي.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>تکرار شوي توري یا کلمې لږ څه زیاتوي.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>لړۍ لکه abcd یا 1234 ژر اټکل کېږي.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>نېټې او کلونه ژر اټکل کېږي.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>څو کلمې یو ځای وازمایه چې یوازې تا ته مانا لري، یا «یو وړاندیز کړه» کېکاږه.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>لږ تر لږه {0} توري. څو کلمې چې دې په یاد وي ښه کار کوي.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>دواړه یو شان دي.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>دواړه لا یو شان نه دي.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>دا فایل پټنوم لري</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>هغه چا چې شریک کړی به شمېرې درته ویلي وي، شاید په تلیفون. دلته یې ولیکه.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پټنوم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;پرانیزه یې</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>پرانیزه یې</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>د یو چا کارت &amp;ورزیات کړه…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>د یو چا کارت ورزیات کړه</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>خپل کارت &amp;ورکړه…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>خپل کارت ورکړه</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;خلک</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>هغه خلک چې ورسره شریکوم</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>لا هېڅوک نشته. له هغه کس څخه د کارت فایل وغواړه، بیا «د یو چا کارت ورزیات کړه…» وټاکه.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>شمېرې &amp;پرتله کړه…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>د کارت شمېرې پرتله کړه</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>بېرته &amp;اخیستل…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>ټاکل شوی شریک شوی شی بېرته واخله</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>لا دې هېڅ شی ورسره نه دی شریک کړی. د شریکولو لپاره، «شریک کړه…» کېکاږه، هغه تڼۍ چې د پاڼو د لړلیک لاندې ده؛ هغه څه چې شریکوې یې دلته ښکاري.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>یو فایل جوړ کړه چې د هغوی له اپ څخه غواړي هغه څه ړنګ کړي چې تا شریک کړي</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>هغه څه چې ما &amp;شریک کړي</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>هغه څه چې ما له دې کس سره شریک کړي</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>قطارونه</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستنې</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: که کولی شې، مخکې له شریکولو شمېرې ورسره پرتله کړه.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>په پټنوم شریک شوی</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>هغه خلک چې د اپ کارت نه لري، او فایل په پټنوم پرانیزي.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>په لړلیک کې یو شریک شوی شی وټاکه چې بېرته یې واخلې.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>یو نوي شریک شوي شي یې ځای ونیو، نو دا یو لا دمخه د هغوی له اپ څخه تللی.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>دا شریک شوی شی لا دمخه بېرته اخیستل شوی.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارتونه (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>{0} ورزیات شو. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>د {0} لپاره بېرته اخیستل</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>د بېرته اخیستلو فایل خوندي کړه</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>شریک شوي فایلونه (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>بېرته اخیستل د «{0}» په نوم خوندي شو. {1} ته یې ورکړه.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>ټولې %n کلمې د ټوټې کلمې دي: دا یوه بشپړه ټوټه ښکاري.</numerusform>
            <numerusform>ټولې %n کلمې د ټوټې کلمې دي: دا یوه بشپړه ټوټه ښکاري.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>تر اوسه %n کلمه له 20.</numerusform>
            <numerusform>تر اوسه %n کلمې له 20.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>هغه ټوټه چې د {0} لپاره ساتل شوې</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>د {0} ټوټه، {1} له 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>له هغه کارت څخه چې شمېرې یې {0} دي.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>دا کلمې یوازې {0} ته ولوله، کله چې ډاډه شوې چې هماغه دی (مخامخ، یا په داسې زنګ چې تا پخپله هغې شمېرې ته وهلی وي چې دمخه دې درلوده). د دوو کسانو ټوټې یو ځای هغه بېرته ننباسي.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>کلمه {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>ټوټه چاپ کړه</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>د ټوټې کلمې</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>د باور وړ خلکو په مرسته بېرته ننوتل</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>له هغو خلکو څخه دوه تنو ته ووایه چې ټوټه دې ورکړې. هر یو کولی شي خپله ټوټه په خپل اپ کې وښيي: 20 کلمې. د هرې ټوټې کلمې په خپل بکس کې ولیکه. شمېرې او نوې کرښې مهمې نه دي، او د هرې کلمې لومړي څلور توري بس دي.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>د لومړي کس ټوټه</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>د دویم کس ټوټه</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>د &amp;لومړي کس ټوټه</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>د &amp;دویم کس ټوټه</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>پرانیستل کېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>بېرته &amp;ننوځه</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>بېرته ننوځه</translation>
    </message>
</context>
<context>
    <name>PlanStepBlock</name>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>One thing on each line</source>
        <translation>په هره کرښه کې یو شی</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>زما &amp;کارت…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>زما کارت</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>ستاسو نوم، دنده او اداره، او ستاسو کارت چې ځوانانو ته یې ورکوئ</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;له تاسو سره شریک شوي</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>له تاسو سره شریک شوي فایلونه</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>قطارونه</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستنې</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>لا دلته هېڅ نشته. کله چې یو ځوان تاسو ته شریک شوی فایل درکړي، دلته یې پرانیزئ. لومړی خپل کارت ورکړئ (زما کارت…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>شریک شوی فایل &amp;پرانیزئ…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>شریک شوی فایل پرانیزئ</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>هغه .wpb فایل پرانیزئ چې یو ځوان درکړی (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>فایل پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>شریک شوي فایلونه (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>فایل پرانیستل او کتل کېږي…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} هغه فایل بېرته واخیست چې شریک کړی یې و. ړنګ شو.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} هغه فایل بېرته واخیست چې شریک کړی یې و. دلته نه دی، نو هېڅ نه دي ړنګ شوي.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>فایل پرانیستل نه شو.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنټر ته ولېږل شو.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>د PDF په توګه خوندي شو: {0}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>لوستل ودروه</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>په لوړ غږ لوستل ودروه</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>په لوړ غږ لوستل ودروه (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>په لوړ غږ ولوله</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>{what} په لوړ غږ ولوله</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>{what} په لوړ غږ ولوله (Ctrl+Shift+R). Esc یې دروي.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>یو &amp;رسید خوندي کړئ…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>یو رسید خوندي کړئ</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>لومړی یو شریک شوی فایل وټاکئ.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>هغه فایل بېرته اخیستل شوی یا وخت یې پوره شوی، نو د رسید لپاره څه نشته.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>د ځوان لپاره یو کوچنی فایل: ورته وايي چې تاسو هغه څه پرانیستل چې ده شریک کړي وو</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>د {name} لپاره رسید</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>رسیدونه (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>رسید د {file} په نوم خوندي شو. {name} ته یې ورکړئ.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>د یو نوي په واسطه بدل شو</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>نن وروستۍ ورځ ده</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>پرانیستی، سبا پای ته رسي</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>پرانیستی، {0} ورځې پاتې</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>د شریکولو نېټه</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>پرانیستی تر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>د ریکارډ لپاره &amp;صادرول…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>د ریکارډ لپاره صادرول</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>دا د خپل خدمت د ریکارډونو لپاره د FHIR سند په توګه خوندي کړئ. هغه چا چې شریک کړی دې ته یې اجازه ورکړې؛ کاپي د شریکولو له پای یا بېرته اخیستلو وروسته هم پاتې کېږي.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>د هغه څه ریکارډ چې {0} شریک کړي</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>د FHIR سندونه (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>ریکارډ خوندي کېږي…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>د ریکارډ لپاره د {0} په نوم خوندي شو، د {1} په خبرو.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>هېڅ ریکارډ خوندي نه شو.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>ایا دوی کولی شي دا په خپلو ریکارډونو کې کاپي کړي؟</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>نه، یوازې یې &amp;لوستلی شي. پرې لیکل شوي «د ریکارډ لپاره نه».</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>نه، یوازې د &amp;لوستلو لپاره: په «د ریکارډ لپاره نه» نښه شوی</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>نه، یوازې د لوستلو لپاره</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>هو، کولی شي په خپلو ریکارډونو کې یې &amp;کاپي کړي</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>هو، کولی شي په خپلو ریکارډونو کې یې کاپي کړي</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>ریکارډونه هغه یادښتونه دي چې د هغوی خدمت یې ساتي، لکه د هغوی ښوونځی یا ټیم. که هو ووایې، یوه کاپي هغو یادښتونو ته ځي. کاپي د وخت له پوره کېدو وروسته هم هلته پاتې کېږي. حتی که دا شریک شوی شی بېرته واخلې، هلته پاتې کېږي. کاپي بېرته نشې اخیستلی.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>که هو ووایې، یوه کاپي د هغوی د خدمت ریکارډونو ته ځي. هغه کاپي د وخت له پوره کېدو وروسته هم هلته پاتې کېږي، حتی که دا شریک شوی شی بېرته واخلې. بېرته یې نشې اخیستلی.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>د ډاډ لپاره چې لرې یې، د کوډ &amp;وروستۍ ډله ولیکه</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>د بیارغونې کوډ وروستۍ ډله</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>د بیارغونې کوډ دې ورک شوی، یا اندېښنه لرې چې چا به لیدلی وي؟ نوی کوډ جوړ کړه. کله چې دې ولیکه، زوړ کوډ نور دا کتابچه نه پرانیزي.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>کوډ دې ورک شو؟ یا چا ولید؟ نوی کوډ جوړ کړه. ویې لیکه. بیا زوړ کوډ نور کار نه کوي.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>تا نوی کوډ جوړ کړ، خو لا دې نه دی کتلی، نو زوړ کوډ دې لا هم کار کوي.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>تا نوی کوډ جوړ کړ. لا دې نه دی کتلی. زوړ کوډ دې لا هم کار کوي.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>ستا پټنوم، د نوي بیارغونې کوډ د جوړولو لپاره</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>ستا &amp;پټنوم</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>&amp;نوی د بیارغونې کوډ جوړ کړه</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>نوی د بیارغونې کوډ جوړ کړه</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>ستا پټنوم کتل کېږي…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>نوي کوډ ته بدلېږي… یوه شېبه نیسي.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>نوي کوډ ته بدلېږي…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>دا ستا نوی کوډ دی. ویې لیکه یا یې چاپ کړه، او له دې لپ ټاپ څخه یې لرې وساته. کله چې یې وروستۍ ډله لاندې ولیکې، کار پیلوي؛ تر هغه پورې زوړ کوډ دې لا هم کار کوي.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>دا ستا نوی کوډ دی. ویې لیکه. خوندي یې وساته. بیا یې وروستۍ ډله لاندې ولیکه. تر هغه پورې زوړ کوډ دې لا هم کار کوي.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>وشو: اوس ستا نوی کوډ دا کتابچه پرانیزي، او زوړ یې نور نه پرانیزي. ژر یوه نوې خوندي کاپي جوړه کړه، چې ستا نوی کوډ یوه خوندي کاپي هم پرانیزي.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>وشو. اوس ستا نوی کوډ کار کوي. زوړ کار نه کوي. اوس یوه نوې خوندي کاپي جوړه کړه.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>زما نوی کوډ &amp;بیا وښیه</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>زما نوی د بیارغونې کوډ بیا وښیه</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>خوندي مې &amp;وساته</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>نوی د بیارغونې کوډ مې خوندي وساته</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>هغه خوندي کاپي چې دمخه دې جوړې کړې لا هم یوازې په زاړه کوډ پرانیستل کېږي، نو وروسته یوه نوې خوندي کاپي جوړه کړه.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>زړې خوندي کاپي لا هم زوړ کوډ غواړي.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;چاپ یې کړه</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>د بیارغونې کوډ چاپ کړه</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>کوډ په کاغذ چاپ کړه. په دې کمپیوټر کې هېڅ نه خوندي کېږي.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>د بیارغونې کوډ: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;د بیارغونې کوډ&lt;/h2&gt;&lt;p&gt;د دې لپاره: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;دا په خوندي ځای کې وساته. که پټنوم دې هېر شي، ستا کتابچه پرانیزي.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;ځواب…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>لومړی یو شریک شوی فایل وټاکئ.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>د ځوان لپاره یو لنډ پیغام، او هغه څه چې تاسو به یې کوئ، چې یوازې د هغه اپ یې پرانیستلی شي</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>هغه فایل بېرته اخیستل شوی یا وخت یې پوره شوی، نو د ځواب لپاره څه نشته.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>دا په پټنوم شریک شوی و، نه ستاسو په کارت، نو د هغه اپ نشي پوهېدای چې ځواب ستاسو له خوا دی.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>{name} ته ځواب</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>ووایاست چې څه مو واورېدل، او څه به کوئ. مخکې له دې چې خوندي شي، دقیقاً به ووینئ چې ځواب څه وړي؛ یوازې د {name} اپ یې پرانیستلی شي.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>ستاسو پیغام</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>ستاسو &amp;پیغام</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>هغه څه چې زه به یې کوم، لیکنه په لیکنه (که مو خوښه وي)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>هغه څه چې د «{title}» په اړه به یې کوم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;بل: وې ګورئ</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>بل: وګورئ چې ځواب څه وړي</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>دا دقیقاً هغه څه دي چې ځواب یې وړي</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>هغه څه چې ځواب یې وړي</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>هغه څه چې &amp;وځي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;شاته</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>بېرته کلمو ته</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>ځواب &amp;خوندي کړئ…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>ځواب د فایل په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>ستاسو په کارت لاسلیک شوی او داسې قلف شوی چې یوازې د {name} اپ یې پرانیستلی شي. لیکنې په داسې شمېرو نومول کېږي چې د هغوی اپ یې پېژني، هېڅکله د هغو په سرلیک یا کلمو نه.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>لپاره: {name} (د هغوی د کارت شمېرې {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>له: ستاسو کارت ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>په اړه: هغه څه چې دوی په {date} شریک کړي</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>ستاسو پیغام:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هېڅ)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>هغه څه چې تاسو به یې کوئ:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>د «{title}» په اړه: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>د {name} لپاره ځواب</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>ځواب خوندي کړئ</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>ځوابونه (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>ځواب د {file} په نوم خوندي شو. {name} ته یې ورکړئ؛ په خپل اپ کې «خلک» او بیا «یو رسید یا ځواب پرانیزه…» ټاکي.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} هغه څه ته ځواب ورکړ چې تا شریک کړي وو — ویې لوله</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>له خوندي کاپي څخه بېرته راوړل</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>یوه کتابچه له خوندي کاپي فایل څخه بېرته راوړه، په همدې لپ ټاپ یا په نوي.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>د خوندي کاپي فایل &amp;وټاکه…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>د خوندي کاپي فایل وټاکه</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>لا هېڅ فایل نه دی ټاکل شوی.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>هغه کوډ چې دې لیکلی یا چاپ کړی و</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>د &amp;بیارغونې کوډ</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;نوی پټنوم</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>بېرته راوړل کېږي</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>بېرته &amp;راوړه</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بېرته راوړه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>بېرته راغله</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>ستا د باور وړ خلکو ټوټې لا هم کار کوي.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>هغه ټوټې چې ستا د باور وړ خلکو سره دي لا هم یې پرانیزي.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>ستا د باور وړ خلکو ټوټې اوس کار نه کوي. په امستنو کې نوې جوړې کړه.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>هغه ټوټې چې ستا د باور وړ خلکو سره دي دا کاپي نه پرانیزي. په امستنو کې، د باور وړ خلک برخه کې، نوې جوړې کړه.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>کله چې پرانیستل شي، یوه نوې خوندي کاپي &amp;جوړه کړه، څو ستا نوی کوډ هم یوه ولري</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>کله چې پرانیستل شي، یوه نوې خوندي کاپي جوړه کړه</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>اوس یوه نوې خوندي کاپي &amp;جوړه کړه</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>کوډ مې خوندي وساته: &amp;پرانیزه یې</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>یو نوی د بیارغونې کوډ لري، چې یوازې اوس ښودل کېږي: دا کتابچه پرانیزي. ویې لیکه یا یې چاپ کړه، او په خوندي ځای کې یې وساته، له دې لپ ټاپ څخه لرې.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>دا ستا نوی کوډ دی. دا کتابچه پرانیزي. ویې لیکه. خوندي یې وساته.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>هغه پټنوم چې همدا اوس دې وټاکه، هره ورځ یې پرانیزي.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>ستا نوی پټنوم هره ورځ یې پرانیزي.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>زوړ کوډ دې لا هم هغه د خوندي کاپي فایل پرانیزي چې له هغه دې بېرته راوړه، او په زاړه لپ ټاپ کې دې کتابچه، که لا هلته وي. خو دا یوه نه.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>زوړ کوډ لا هم زړه خوندي کاپي پرانیزي. په زاړه لپ ټاپ کې هره کاپي پرانیزي. دا یوه نه پرانیزي.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>کوډ مې خوندي وساته: پرانیزه یې</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>خوندي کاپي ({0});;هر فایل (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>دا لا هم رښتیا ده؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>وې ساته</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>«{title}» لکه څنګه چې ده وساته</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>لا هم رښتیا ده. په ۳ میاشتو کې به بیا وپوښتو.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تازه کړه</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>«{title}» تازه کړه</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>له پورته لرې کړه</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>«{title}» له پورته لرې کړه</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>له «هغه څه چې اوس مهم دي» څخه یې لرې کړه؛ په خپله برخه کې پاتې کېږي.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>پخوانۍ بڼې</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;بڼې</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>دې بڼې څه ویل</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>څه یې &amp;ویل</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>دا بڼه &amp;بېرته راوله</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>بڼې، تر ټولو نوې لومړی</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>دا بڼه بېرته راوله</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>اوس: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>زما د خبرتیا نښې</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>څه درته وايي چې شیان سختېږي؟ فکرونه، احساسات، هغه کارونه چې ګورې ته یې پخپله کوې.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>هغه کارونه چې زه یې پخپله کولی شم</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>څه درسره مرسته کوي چې یوازې لږ ښه احساس وکړې، که څو دقیقې هم وي؟</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>هغه خلک او ځایونه چې زما فکر ترې اړوي</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>څوک یا کوم ځای درسره مرسته کوي چې د یو څه وخت لپاره د بل شي په اړه فکر وکړې؟</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>هغه خلک چې مرسته ترې غوښتلی شم</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>کله چې شیان سخت شي له چا سره خبرې کولی شې؟ که دې خوښه وي، ولیکه چې څنګه ورته ورسېږې.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>متخصصین او د مرستې لینونه</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>له کومو کارکوونکو یا خدماتو سره اړیکه نیولی شې؟ پورته وړیا لینونه هم تل شته.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>هغه ځای خوندي کول چې زه پکې یم</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>همدا اوس څه کولی شې چې هغه ځای خوندي کړې چې ته پکې یې؟</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>زما د دوام دلیلونه</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>څه درته مهم دي؟ څوک یا څه شي ته په تمه یې؟</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>کله چې شیان سخت شي</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>اړتیا نشته چې یوازې ورڅخه تېر شې. که همدا اوس چا ته اړتیا لرې، دا خلک ستا لپاره شته، وړیا، شپه او ورځ:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>زما پلان</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>ستا پلان، ستا په خپلو خبرو. کله چې شیان سخت شي، له سره یې پیل کړه، ګام په ګام. څنګه چې لیکې ساتل کېږي، او هر ګام لکه د نورو لیکنو په څېر شریکولی شې.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>ستا د کور فولډر</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} ستا د کور په فولډر کې</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>یوه کلمه ولیکه</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;لټون د</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>څه وموندل شول</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>یوه کلمه ولیکه چې په ټولو هغو کې ولټوې چې تا لیکلي.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>د «{text}» لپاره هېڅ ونه موندل شول. بله کلمه وازمایه، یا یوازې پیل یې.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>یوه لیکنه وموندل شوه.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>{count} یا ډېرې لیکنې وموندل شوې، غوره یې لومړی. د نورو لپاره ښکته لاړ شه.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>{count} لیکنې وموندل شوې.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>یو څه ورزیات کړه</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>{section} ته یو څه ورزیات کړه</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>ټول {count} وښیه</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>په {section} کې ټول {count} وښیه</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>→ کور</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>بېرته کور ته</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>یو څه ورزیات کړه</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>لیکنې</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;لیکنې، تر ټولو نوې لومړی</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>په {section} کې لیکنې</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>{section} ته یو څه ورزیات کړه</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;لیکنې، لومړی د پلان ګامونه</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>وړاندیزونه ولېږئ</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>هغه څه په نښه کړئ چې لېږئ یې. هغوی پرېکړه کوي چې څه وساتي: د هغوی په کتابچه کې هېڅ نه بدلېږي تر هغه چې دوی یې ورزیات نه کړي.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>د هغوی لپاره یادښت (کولی شئ تش یې پرېږدئ)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>د بېلګې په توګه: هغه شیان چې ما پدې میاشت کې ولیدل</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>د هغوی لپاره &amp;یادښت</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>فایل خوندي کېږي</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایل &amp;خوندي کړئ…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>وړاندیزونه د فایل په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ستاسو نوم، لکه څنګه چې هغوی یې ویني</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>د بېلګې په توګه: جو</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>ستاسو &amp;نوم، لکه څنګه چې هغوی یې ویني</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>هغه وړاندیزونه چې مخکې مو لېږلي</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>کله چې هغوی پرېکړه وکړي، کولی شي ستاسو لپاره یو ځواب خوندي کړي: دلته یې پرانیزئ چې وګورئ له هر وړاندیز سره څه وشول. یوازې همدا وايي؛ هغه څه چې دوی بدل کړي له دوی سره پاتې کېږي.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>هغه څه چې &amp;مخکې مو لېږلي</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>یو &amp;ځواب پرانیزئ…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>ستاسو وړاندیزونو ته د هغوی ځواب پرانیزئ</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>د هغوی له خوا فایل چې وايي له هر وړاندیز سره څه وشول</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>لا ځواب نشته</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ورزیات شو</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>د بدلون سره ورزیات شو</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} دا یو ورزیات نه کړ</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>لا پرېکړه نه ده شوې</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(یوه مسوده چې وروسته پاکه شوه)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}، {name} ته: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}، {name} ته: {what}. لا ځواب نشته.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>لا هېڅ نه دي لېږل شوي.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>یو ځواب پرانیزئ</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>ځوابونه (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>ځواب پرانیستل او کتل کېږي…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} ځواب ورکړ. له هر وړاندیز سره څه وشول لاندې ښودل شوي.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>د لېږلو لپاره مسودې</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>ټاکل شوې مسودې: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;مسودې</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>د چا لپاره دی</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;لپاره</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>لومړی د ځوان کارت ورزیات کړئ (د ځوان کارت ورزیات کړئ…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>د {name} لپاره وړاندیزونه</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>وړاندیزونه خوندي کړئ</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>وړاندیزونه (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>د {name} لپاره %n وړاندیز خوندي شو. فایل ورته ورکړئ.</numerusform>
            <numerusform>د {name} لپاره %n وړاندیزونه خوندي شول. فایل ورته ورکړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>که هغوی لا ستاسو کارت نه وي ورزیات کړی، خپل کارت هم ورکړئ (زما کارت…). په خپل اپ کې «خلک» او بیا «د یو چا کارت ورزیات کړه…» ټاکي؛ بیا «وړاندیزونه» او بیا «وړاندیزونه پرانیزه…» چې دا فایل پرانیزي.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>شمېرې پرتله کړئ</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>دا فایل په هغه کارت لاسلیک شوی چې دا شمېرې لري؛ کارت وايي چې نوم یې {0} دی. له هغه کس وغواړه چې د خپل کارت شمېرې ولولي، مخامخ یا په تلیفون. که یو شان وې، دا کارت رښتیا د هغه دی.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>د کارت شمېرې:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>&amp;سمې دي، د کتل شوي نښه ورکړه</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>سمې دي، د کتل شوي نښه ورکړه</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;اوس نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>اوس نه</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>دا فایل بشپړ دی او په هغه کارت لاسلیک شوی چې شمېرې یې {numbers} دي - لومړی ځل په {first} لیدل شوی، په {checked} مخامخ کتل شوی.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>دا فایل بشپړ دی او په هغه کارت لاسلیک شوی چې شمېرې یې {numbers} دي - لومړی ځل په {first} لیدل شوی، لا مخامخ نه دی کتل شوی.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>ساتل شوی، نه دی پرانیستل شوی: دا فایل وايي چې د {name} له خوا دی، خو د هغه {name} له کارت پرته په بل کارت لاسلیک شوی چې ته یې پېژنې. مخکې له باور، شمېرې پرتله کړه.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>پرانیستل شو.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>په دې کمپیوټر کې د دې کار لپاره کافي ځای نشته. هېڅ شی ورک نه شو. یو څه ځای خالي کړه او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>دا فایل لا دمخه پرانیستل کېږي. انتظار وکړه چې پای ته ورسېږي، بیا بیا وګوره.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>یوه خوندي کاپي جوړېږي. کله چې پای ته ورسېږي بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>مهرباني وکړه یو ځل په خپل پټنوم قلف خلاص کړه، بیا دا بیا وازمایه.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>د زاړه پرته د نوي پټنوم ټاکلو لپاره، لومړی یې په خپل د بیارغونې کوډ پرانیزه.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>دا پټنوم ژر اټکل کېږي. څو کلمې یو ځای وازمایه.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>دوه ټوټې پکار دي، له دوو بېلابېلو کسانو. یوازې یوه ټوټه هېڅ نه پرانیزي.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>دا یوه ټوټه ده، دوه ځله. له دویم کس څخه د هغه ټوټه وغواړه.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>له دې ټوټو څخه یوه د نویو ټوټو له جوړولو مخکې ده، نو نور هېڅ نه پرانیزي. له هغه کس څخه نوې ټوټه وغواړه.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>دا ټوټې د دې کتابچې نه دي. وګوره چې هر کس د چا ټوټه لري.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>دا کتابچه لا د باور وړ خلک نه لري، نو ټوټې یې نشي پرانیستلی.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>دا د کتابچې پټنوم یا د بیارغونې کوډ نه دی، نو هېڅ ونه ړنګېدل. بې له دې دوو څخه د یوه، له اپ څخه نشي ړنګېدلی.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>دا یې نه پرانیزي. املا وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>د دې کتابچې د قلف فایل داسې ښکاري چې لاس پرې وهل شوی، نو ونه کارول شو.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>د دې کتابچې د قلف فایل خراب یا ورک دی. خوندي کاپي یې بېرته راوړلی شي.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>دا د اپ په یوه نوې نسخه جوړ شوی. مهرباني وکړه اپ تازه کړه.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>د دې کتابچې معلومات ونه لوستل شول. ښایي خراب وي.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>په دې کمپیوټر کې لا دمخه په دې نوم یو شته. بل نوم وازمایه.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>په دې کمپیوټر کې په دې نوم کتابچه نشته.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>قلف شوې وه. د دوام لپاره یې قلف خلاص کړه.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>هغه کار په نیمایي کې ودرول شو، او هېڅ یې ونه ساتل شو.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>دا ډول پروفایل دا کار نشي کولی.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>دا داسې فایل نه دی چې پرانیستل شي (ښایي فولډر یا وسیله وي).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>هغه چا چې دا شریک کړی یوازې د لوستلو لپاره یې پرېښی، نو په ریکارډونو کې نشي کاپي کېدای. که باید کاپي شي، ورته ووایه چې بیا یې شریک کړي او اجازه ورکړي.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>دا فایل ساتل شوی: وايي چې د هغه چا له خوا دی چې ته یې پېژنې، خو په بل کارت لاسلیک شوی. لومړی شمېرې پرتله کړه.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>دا په پټنوم شریک شوی و، نه ستا په کارت، نو د هغوی اپ نشي پوهېدای چې ځواب ستا له خوا دی. پر ځای یې مخامخ ورته ووایه.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>دا ځواب د هغه چا له خوا نه دی چې ورسره دې شریک کړي، یا د هغه څه په اړه نه دی چې ورسره دې شریک کړي، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>دا یادښت د هغه چا له خوا نه دی چې ورسره دې شریک کړي، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>دا فایل د بل چا لپاره جوړ شوی، نو دلته نه پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>دا فایل د هغه چا له خوا لاسلیک شوی نه دی چې جوړ کړی یې دی، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>د دې فایل لاسلیک سم نه دی. ښایي په لاره کې بدل شوی وي، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>دا فایل د هغه چا له خوا دی چې کارت یې دې نه دی ورزیات کړی، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>د دې فایل وخت پوره شوی، نو نور نه پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>هغه چا چې دا فایل شریک کړی و، وروسته یې پر ځای یو نوی شریک کړی. پر ځای یې نوی فایل پرانیزه.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>هغه چا چې دا فایل شریک کړی و بېرته یې اخیستی، نو نه پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>دا فایل له هغه څه لوی دی چې یو شریک شوی فایل کېدای شي، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>دا فایل د اپ په یوه نوې نسخه جوړ شوی. مهرباني وکړه د پرانیستلو لپاره اپ تازه کړه.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>دا فایل د اپ په یوې زړې نسخې جوړ شوی دی. له هغه چا وغواړه چې لېږلی یې دی چې اپ تازه کړي او بیا یې ولېږي.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>دا پټنوم دا فایل نه پرانیزي. شمېرې وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>دا فایل په پټنوم قلف دی. له هغه چا یې وپوښته چې شریک کړی یې دی.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>دا فایل د پرانیستلو لپاره له هغه څخه ډېر زیات کار غواړي چې اپ یې هېڅکله کاروي، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>دا فایل خراب دی یا په لاره کې بدل شوی، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>دا فایل پرانیستل نه شو، او هېڅ یې ونه ساتل شو.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>دا فایل خوندي کاپي نه ده، یا خرابه یا نیمګړې ده. هېڅ بېرته رانه وړل شو.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>دا کارت د اپ په یوې زړې نسخې جوړ شوی دی، او تا دمخه د دې کس یو نوی کارت لرې، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>دا د دې اپ د کارت فایل نه دی، یا خراب دی.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>دا فایل د ورزیاتولو لپاره ډېر لوی دی (حد یې ۵۰ MB دی).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>دا فایل د پرانیستلو لپاره ډېر لوی دی.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>هغه نور هلته نشته. ښایي پاک شوی وي.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>دا د هغه چا له خوا دی چې تا نه دی ورزیات کړی. که پرې باور لرې، لومړی یې کارت ورزیات کړه، بیا یې بیا پرانیزه. هېڅ یې ونه ساتل شو.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>دا ستا لپاره وړاندیز نه دی، نو پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>دا د هغه څه په اړه یادښت نه دی چې تا شریک کړي، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>دا ځواب د هغه چا له خوا نه دی چې تا ورته هغه وړاندیزونه لېږلي، یا د هغو په اړه نه دی، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>دا ستا وړاندیزونو ته ځواب نه دی، نو هېڅ بدل نه شو.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>دا ټوټه د بل چا لپاره جوړه شوې، نو ونه ساتل شوه.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>ته لا دمخه له دې کس څخه نوې ټوټه ساتې، نو دا زړه ونه ساتل شوه.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>دا د بیارغونې کوډ دا خوندي کاپي نه پرانیزي. هغه کوډ وکاروه چې د دې خوندي کاپي د جوړولو پر مهال دې درلود، او هره ډله وګوره.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>دا فایل له هغه څه لوی دی چې یوه خوندي کاپي کېدای شي، نو هېڅ بېرته رانه وړل شو.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>لومړی د بیارغونې کوډ ولیکه.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>دا کوډ ډېر لنډ دی: د خپلو ۲۸ تورو او عددونو څخه یې {0} لري.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>دا کوډ ډېر اوږد دی: {0} توري او عددونه لري، او یو کوډ ۲۸ لري.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>د بیارغونې کوډ هېڅکله دا نه لري: {0}. هر توری له کاغذ سره پرتله کړه.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>لومړی د یوې ټوټې کلمې ولیکه.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>یوه ټوټه 20 کلمې لري، او دا {0} لري. وګوره چې هره کلمه پکې وي.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>«{0}» له هغو کلمو نه ده چې ټوټې یې کاروي. املا یې له ټوټې سره پرتله کړه.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>د دې ټوټې یوه کلمه ناسمه لیکل شوې، یا دوه کلمې سره بدلې شوې دي. یو ځل بیا یې ولوله.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>په دې کې یو څه بشپړ سم نه دي: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>فایل ونه لوستل شو یا خوندي نه شو. وګوره چې ځای شته او هلته لیکلی شې.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>یو څه سم ونه شول. هېڅ بدل نه شو.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>د متن اندازه، رنګونه، قلفول، پټنوم او خوندي کاپي (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>نوم او بڼه</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قلفول</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>خوندي کاپي</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>د باور وړ خلک</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>هغه ټوټې چې زه یې ساتم</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>د امستنو پاڼې</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>نوم &amp;خوندي کړه</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>نوم خوندي کړه</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نوم</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هر څوک چې دا کمپیوټر کاروي دا نوم لیدلی شي.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>د متن اندازه په سلنه</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>د &amp;متن اندازه</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>رنګونه</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روښانه</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیاره</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>لوړ توپیر</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;رنګونه</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;اسانه لوستل: لنډې جملې، لوی متن او انځورونه</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>اسانه لوستل</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>خوندي شو. امستنې بندې کړه چې ویې وینې.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>خوندي شو. کله چې امستنې بندې کړې، اپ ورته بدلېږي.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>خوندي شو. اوس یې نوم {0} دی.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>د متن اندازه له {low} % څخه تر {high} % پورې ده. اوس {now} % ده.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>کله چې «قلف» یا «اوس پټ کړه» کېکاږې، هم قلفېږي.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> دقیقه</numerusform>
            <numerusform> دقیقې</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>خوندي کاپي یو فایل دی. ستا ټوله کتابچه پکې ده. ستا د بیارغونې کوډ یې پرانیزي. فایل خوندي وساته. له دې لپ ټاپ څخه یې لرې وساته، د بېلګې په توګه په USB سټیک.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>له دومره دقیقو بې کارۍ وروسته پخپله قلف شي</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>&amp;پخپله قلف شي وروسته له</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>کله چې «قلف» یا «اوس پټ کړه» (Ctrl+Shift+H) کېکاږې، هم سمدستي قلفېږي.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>اوسنی پټنوم</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;اوسنی پټنوم</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>پټنوم &amp;بدل کړه</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>پټنوم بدل کړه</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>دلته کولی شې خپل پټنوم بدل کړې. هغه پټنوم ولیکه چې اوس یې کاروې. بیا نوی پټنوم دوه ځله ولیکه.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>بدلېږي…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>وشو. بل ځل خپل نوی پټنوم وکاروه.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>خوندي کاپي یو فایل دی چې ستا ټوله کتابچه پکې ده. ستا د بیارغونې کوډ یې پرانیزي. په خوندي ځای کې یې وساته، له دې لپ ټاپ څخه لرې.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>خوندي &amp;کاپي جوړه کړه…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>خوندي کاپي جوړه کړه</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ورځې</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>له دومره ورځو وروسته مې را یاد کړه چې خوندي کاپي جوړه کړم (0: هېڅکله)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;را یاد یې کړه وروسته له</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>دا څه دی</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>نوم ورکړه</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>پټنوم وټاکه</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ستا د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کار روان دی</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>په خوندي ډول قلفېږي… یوه شېبه نیسي.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;شاته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;اسانه لوستل: لنډې جملې، لوی متن او انځورونه</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>اسانه لوستل</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>ستا په اړه مهم شیان په یو ځای کې وساته. بیا اړتیا نشته چې خپله کیسه بیا بیا وکړې.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>دا ستا دی. هېڅ شی نه شریکېږي تر هغه چې ته یې ونه وایې.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>په همدې کمپیوټر پاتې کېږي. قلف دی. یوازې ته پټنوم پېژنې.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>ستاسو د کارپوه پروفایل</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>ستاسو د کارپوه پروفایل هغه کتابچې ساتي چې ځوانان یې له تاسو سره شریکوي، څو یې ولولئ او چاپ یې کړئ.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>لومړی هر ځوان ته خپل کارت ورکړئ. هغه څه چې شریکوي یوازې ستاسو لپاره جوړېږي، او کله چې هغه وخت پوره شي چې دوی ټاکلی، ړنګېږي.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>په همدې کمپیوټر پاتې کېږي، په داسې پټنوم قلف چې یوازې تاسو یې پېژنئ. هېڅ شی د انټرنېټ له لارې نه لېږل کېږي.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>له یو ځوان سره مرسته وکړئ</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>له یو ځوان سره مرسته وکړئ چې خپله کتابچه تازه وساتي: هغه څه ولیکئ چې پوهېږئ ورسره مرسته کوي، او د وړاندیزونو په توګه یې ولېږئ چې هغه یې د ورزیاتولو پرېکړه کوي.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>هغه پرېکړه کوي. هر وړاندیز لکه څنګه چې دی ورزیاتېدای، بدلېدای یا پرېښودل کېدای شي. هېڅ شی د هغه کتابچې ته نه ځي تر هغه چې هغه یې ونه ټاکي.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>ستاسو مسودې په همدې کمپیوټر پاتې کېږي، په داسې پټنوم قلف چې یوازې تاسو یې پېژنئ.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>دا د بېړني حالت خدمت نه دی. که تاسو یا ځوان همدا اوس مرستې ته اړتیا لرئ، Samaritans ته په 116 123 زنګ ووهئ یا SHOUT کلمه 85258 ته پیغام کړئ. په بېړني حالت کې 999 ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>یو ځای چې ستا دی</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>ستا په اړه مهم شیان په یو ځای کې وساته: ته څوک یې، په څه کې ښه یې، څه درسره مرسته کوي او څوک درته مهم دي. بیا اړتیا نشته چې هر ځل چې یو څه بدل شي خپله کیسه بیا بیا وکړې.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>دا ستا دی. هېڅ شی نه شریکېږي تر هغه چې ته یې پخپله شریک نه کړې.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>په همدې کمپیوټر پاتې کېږي، په داسې پټنوم قلف چې یوازې ته یې پېژنې.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هر څوک چې دا کمپیوټر کاروي دا نوم لیدلی شي. اړتیا نشته چې ووايي دننه څه دي.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>داسې نوم وټاکه چې احساس کړې ستا دی. وروسته یې بدلولی شې.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>یوازې اوس یې وینې. که پټنوم او دا کوډ ورک کړې، هېڅوک یې نشي پرانیستلی. حتی موږ هم نه. د باور وړ خلک کولی شي مرسته وکړي چې بېرته ننوځې: وروسته یې په امستنو کې وټاکه.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>دا یوازینی ځل دی چې ښودل کېږي. که پټنوم او دا کوډ دواړه ورک کړې، هېڅوک ستا کتابچه نشي پرانیستلی، حتی موږ هم نه، مګر دا چې د باور وړ خلک دې ټاکلي وي (امستنې، بیا د باور وړ خلک): دوه تنه یې کولی شي مرسته وکړي چې بېرته ننوځې.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;نوم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>د بېلګې په توګه: زما کیسه</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>نظرونه:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>زما کیسه</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>زما په اړه هر څه</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>شین کتابچه</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>د {0} نوم وکاروه</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>دا اپ د بېړني حالت لپاره نه دی. همدا اوس مرستې ته اړتیا لرې؟ دا وړیا دي، شپه او ورځ:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>دا د بېړني حالت خدمت نه دی. که همدا اوس مرستې ته اړتیا لرې، دا وړیا دي، شپه او ورځ:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هر څوک چې دا کمپیوټر کاروي دا نوم لیدلی شي، نو کېدای شي پټونکی نوم وي: اړتیا نشته چې ووايي دننه څه دي.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>دا نوم په دې کمپیوټر کې په لړلیک کې ښودل کېږي. وروسته یې بدلولی شئ.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>کارپوه</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>د قضیو کار</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>د بېلګې په توګه: کار</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هر څوک چې دا کمپیوټر کاروي دا نوم لیدلی شي.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>وړاندیزونه</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>د کور یادښتونه</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>د بېلګې په توګه: مرسته</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>هر څوک چې دا کمپیوټر کاروي دا نوم لیدلی شي، نو ښه دا ده چې د ځوان نوم ونه کاروئ.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>دا یې پرانیزي. څو کلمې چې ته یې په یاد ساتې خو نور یې اټکل نشي کولی ښه کار کوي، لکه «د سه شنبې بنفش چاینکه».</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>دا یې پرانیزي. څو کلمې وکاروه چې په یاد دې پاتې شي. د بېلګې په توګه: د سه شنبې بنفش چاینکه.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پټنوم</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>که کله دې پټنوم هېر شي، دا کوډ یې پر ځای پرانیزي. ویې لیکه یا یې چاپ کړه، او په خوندي ځای کې یې وساته، له دې کمپیوټر څخه لرې.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>پټنوم دې هېر شو؟ دا کوډ یې پر ځای پرانیزي. ویې لیکه. په خوندي ځای کې یې وساته، له دې کمپیوټر څخه لرې.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>دا یوازینی ځل دی چې ښودل کېږي. که پټنوم او دا کوډ دواړه ورک کړئ، هېڅوک دا پروفایل یا هغه څه چې له تاسو سره شریک شوي نشي پرانیستلی، حتی موږ هم نه.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>دا یوازینی ځل دی چې ښودل کېږي. که پټنوم او دا کوډ دواړه ورک کړئ، هېڅوک دا پروفایل یا ستاسو مسودې نشي پرانیستلی، حتی موږ هم نه.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>ګام {0} له {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بل</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>&amp;جوړ یې کړه</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>ما وساته، &amp;پیل کړه</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>بېرته اخیستل شوی</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>د یو نوي په واسطه بدل شو</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>وخت پوره شو</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستی</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}؛ په {1} یې پرانیست</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}؛ په {1} یې ځواب ورکړ</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>د شریکولو نېټه</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>یوه لیکنه چې وروسته پاکه شوه</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>د {0} لپاره: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>دې شریک شوي شي ته ځوابونه</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} په {date} ځواب ورکړ</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>هغه څه چې {name} به یې د «{title}» په اړه کوي: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>شریک کړه</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;شاته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>څه غواړې شریک یې کړې؟</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>زما ټولې &amp;اوس مهمې لیکنې وټاکه</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>زما ټولې اوس مهمې لیکنې وټاکه</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>زما ټاکنه &amp;پاکه کړه</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>زما ټاکنه پاکه کړه</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>&amp;لیکنې، د برخې له مخې</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>د شریکولو لپاره لیکنې</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>لیکنې</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>لا هېڅ نه دي ټاکل شوي.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>انځور: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>غږ: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>فایل: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>دا د چا لپاره دی؟</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>هغه څوک چې &amp;کارت یې لرم</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>هغه څوک چې کارت یې لرم</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>هغه څوک چې د اپ &amp;کارت نه لري</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>هغه څوک چې د اپ کارت نه لري</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>هغه خلک چې کارت یې لرې</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>لا دې د هېچا کارت نه دی ورزیات کړی. یو یې د خلکو په پاڼه کې ورزیات کړه، یا له هغه چا سره شریک کړه چې د اپ کارت نه لري.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>&amp;د هغوی نوم</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>ستا &amp;نوم، لکه څنګه چې هغوی یې ویني</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>د هغوی نوم</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>هغه څه په نښه کړه چې غواړې شریک یې کړې. بل هېڅ نه ځي.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>هېڅ شی نه ټاکل کېږي تر هغه چې ته یې په نښه نه کړې. انځورونه او غږونه له خپلې لیکنې سره ځي مګر دا چې ته یې نښه لرې کړې.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(اوس مهم)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي &amp;پورته کېږده</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>هغه څه چې خلک یې باید لومړی پوه شي: په کور کې یې ولیکه چې شریک یې کړې</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>هغه څه شریک کړه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n لیکنه وټاکل شوه.</numerusform>
            <numerusform>%n لیکنې وټاکل شوې.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>لا دې هېڅ کارت نشته. یو یې د خلکو په پاڼه کې ورزیات کړه.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>د بېلګې په توګه: په ښوونځي کې مېرمن ګرین</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>اپ د فایل لپاره پټنوم جوړوي. هغوی ته یې ووایه. هېڅکله یې له فایل سره مه لېږه.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>اپ به د فایل لپاره پټنوم جوړ کړي. ته یې په خوله ورته ووایه، مخامخ یا په تلیفون، هېڅکله په هغه پیغام کې نه چې فایل پکې دی.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>تا لا له {0} سره د کارت شمېرې نه دي کتلې. بیا هم شریکولی شې. خو غوره دا ده چې لومړی شمېرې ورسره وګورې. دا د خلکو په پاڼه کې وکړه.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>تا لا له {0} سره د کارت شمېرې نه دي پرتله کړې. بیا هم شریکولی شې، خو که کولی شې، لومړی شمېرې ورسره وګوره (د خلکو په پاڼه کې).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>تر څو پورې؟</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>ولې یې شریکوې؟</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ستا نوم</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>تر څو پورې، او ولې؟</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>کله چې وخت پوره شي، د هغوی اپ یې ړنګوي.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>۱ &amp;میاشت</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>۱ &amp;اونۍ</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>۳ م&amp;یاشتې</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>تر یوې &amp;نېټې:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>تر دې نېټې</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;ولې؟ هغوی به دا وویني.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;ولې یې شریکوې؟ هغوی به دا وویني.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>ولې یې شریکوې</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>د بېلګې په توګه: نوي ښوونځي ته تګ</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ستاسو نوم، لکه څنګه چې هغوی یې ویني</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>د شریک شوي فایل مخکتنه</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>دا دقیقاً هغه څه دي چې {0} به یې وویني</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>دا د هغه څه ځای نیسي چې تا له {0} سره په {1} شریک کړي وو. کله چې دا پرانیزي، د هغوی اپ زوړ ړنګوي.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>دا د هغه څه ځای نیسي چې تا له {0} سره په {1} شریک کړي وو. کله چې دا پرانیزي، د هغوی اپ هغه ړنګوي.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>تېر ځل، «هغه څه چې خلک یې باید لومړی پوه شي» {0} ته تللي و. دا ځل نه ځي، مګر دا چې ته یې په نښه کړې.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>تېر ځل، «هغه څه چې خلک یې باید لومړی پوه شي» {0} ته تللي و. اوس تش دی. نو دا ځل نه ځي.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>«هغه څه چې خلک یې باید لومړی پوه شي» ستا له وروستي شریک شوي شي سره {0} ته تللي و. له دې سره نه ځي مګر دا چې ته یې په نښه کړې.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>«هغه څه چې خلک یې باید لومړی پوه شي» ستا له وروستي شریک شوي شي سره {0} ته تللي و. اوس تش دی، نو له دې سره نه ځي.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>نوی: هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>بدل شوی: هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>نور شریک نه دی: هغه څه چې خلک یې باید لومړی پوه شي</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>نوی: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>بدل شوی: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>نور شریک نه دی: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>نور شریک نه دي: %n چې تا ړنګې کړې</numerusform>
            <numerusform>نور شریک نه دي: %n چې تا ړنګې کړې</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>له هغه وروستي ځل راهیسې چې تا له {0} سره په {1} شریک کړل، هېڅ نه دي بدل شوي.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>له هغه وروستي ځل راهیسې چې تا له {0} سره په {1} شریک کړل: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>فایل خوندي کېږي</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>پټنوم. په خوله یې ورته ولوله:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>د {0} لپاره</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>شریک شوی فایل خوندي کړه</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>شریک شوي فایلونه (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>خوندي شوه</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n لیکنه</numerusform>
            <numerusform>%n لیکنې</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>«{0}» خوندي شو. د {2} لپاره {1} لري، د {3} تر پایه.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>کولی شي په خپلو ریکارډونو کې یې کاپي کړي؛ هغه کاپي له پای وروسته هم پاتې کېږي.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>فایل ورته ورکړه. یوازې په لاندې پټنوم پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>فایل ورته ورکړه، په USB سټیک یا برېښنالیک. یوازې د هغوی اپ یې پرانیستلی شي.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>پټنوم: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>«{0}» خوندي شو. د {2} لپاره {1} لري. د {3} تر پایه پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>کولی شي په خپلو ریکارډونو کې یې کاپي کړي. هغه کاپي له پای وروسته هم پاتې کېږي.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>فایل ورته ورکړه. USB سټیک یا برېښنالیک وکاروه. یوازې د هغوی اپ یې پرانیستلی شي.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>هېڅ شی شریک نه شو.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>ګام {0} له {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بل</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>لومړی یې &amp;وګوره</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایل &amp;خوندي کړئ…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;بس دی</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>پاڼې او کړنې</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>غږ ثبت کړه</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>خپل غږ، موسیقي یا هر څه چې خوښوې ثبت کړه. په همدې کمپیوټر پاتې کېږي، ستا په کتابچه کې قلف، او یوازې که یې وساتې.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>د غږ کچه</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>په دې کمپیوټر کې مایکروفون ونه موندل شو. بیا هم کولی شې له فایل څخه غږ ورزیات کړې.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>دا غږ &amp;وساته</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>دا غږ وساته</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ب&amp;ندول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;لرې یې کړه</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>دا غږ لرې کړه</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>مایکروفون اوس نشي کارېدای. وګوره چې نښلول شوی وي، بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>یو غږ تر دې اوږد نشي کېدای. ورته غوږ ونیسه، بیا یې وساته یا یې لرې کړه.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>مایکروفون ودرېد. څه چې تر اوسه ثبت شوي لا هم دلته دي.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;دمه</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>ثبت ته دمه ورکړه</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>ثبتېږي…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>ثبت ته &amp;بیا دوام ورکړه</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>ثبت ته دوام ورکړه</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>دمه شوې. کولی شې غوږ ونیسې، دوام ورکړې، وې ساتې یا یې لرې کړې.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>د غږ کچه: دمه</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>د غږ کچه: هېڅ نه اورېدل کېږي</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>د غږ کچه: ټیټه</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>د غږ کچه: ښه</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>د غږ کچه: ډېره لوړه</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} ثبت شو، {left} پاتې</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>ستا ثبت شوی غږ</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>په دې کمپیوټر کې د {language} لپاره غږ نشته، نو دا په لوړ غږ نشي لوستل کېدای. د کمپیوټر په خپلو امستنو کې غږ ورزیاتېدای شي.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>په لوړ غږ لوستل اوس په دې کمپیوټر کار نه کوي.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>په لوړ غږ لوستل د کمپیوټر وینا ته اړتیا لري، او دلته کار نه کوي. په Linux کې، د speech-dispatcher او espeak-ng لګول یې برابروي.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>په نښه شوی.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>ځینې په نښه شوي.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>په نښه شوی نه دی.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>دا ازمېښت دی. پټنوم یې دا دی: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>ستا خبرې خوندي شوې</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>هغه څه چې دې هغه وخت لیکلي وو چې ځای نه و، اوس خوندي شول.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ستا د بیارغونې کوډ</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>زما په اړه</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>غواړې خلک ستا په اړه څه پوه شي؟</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>غواړي خلک د هغوی په اړه څه پوه شي؟</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>زما پیاوړتیاوې</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>په څه کې ښه یې؟ خلک په تا کې څه خوښوي؟</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>هغوی په څه کې ښه دي؟ خلک په هغوی کې څه خوښوي؟</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>څه چې مرسته کوي</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>کله چې فشار احساسوې یا خپه یې، څه درسره مرسته کوي؟</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>کله چې هغوی فشار احساسوي یا خپه وي، څه ورسره مرسته کوي؟</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>څه چې مرسته نه کوي</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>څه شی کارونه درته سختوي؟</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>څه شی کارونه هغوی ته سختوي؟</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>هغه خلک چې راته مهم دي</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>څوک درته مهم دي؟</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>څوک هغوی ته مهم دي؟</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>څه چې مخکې ګټور و</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>په تېر وخت کې څه درسره مرسته کړې؟</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>په تېر وخت کې څه ورسره مرسته کړې؟</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کله چې شیان سخت شي</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>کله چې شیان درته سخت شي، خلک باید څه وکړي؟</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>کله چې شیان هغوی ته سخت شي، خلک باید څه وکړي؟</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>هیلې او پلانونه</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>څه شي ته په تمه یې؟</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>هغوی څه شي ته په تمه دي؟</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>راتلونکي بدلونونه</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>ایا کوم شی د بدلېدو په حال کې دی، لکه کډه یا نوی ښوونځی؟</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>ایا د هغوی لپاره کوم شی د بدلېدو په حال کې دی، لکه کډه یا نوی ښوونځی؟</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>بدل یې کړه، بیا یې ورزیات کړه</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>وړاندیز بدل کړه، بیا یې ورزیات کړه</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>خپل یې کړه</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>د {name} وړاندیز. هر څه چې غواړې بدل یې کړه؛ یوازې هغه څه ساتل کېږي چې ته یې ورزیاتوې.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>زما کتابچې ته &amp;ورزیات کړه</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>زما کتابچې ته ورزیات کړه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>اوس نه</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>اوس نه: په انتظار کې یې پرېږده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;سرلیک</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>خبرې</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;خبرې</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>برخه</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;برخه</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;اوس مهم</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>اوس مهم</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>وړاندیزونه</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>د هغو خلکو نظرونه چې مرسته درسره کوي. هېڅ شی ستا کتابچې ته نه ځي تر هغه چې ته یې ورزیات نه کړې.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>وړاندیزونه &amp;پرانیزه…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>د وړاندیزونو یو فایل پرانیزه</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>فایل پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>هېڅ شی په انتظار کې نه دی. کله چې هغه څوک چې مرسته درسره کوي د وړاندیزونو فایل درکړي، دلته یې پرانیزه.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>وړاندیزونه چې ستا په انتظار دي</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>ستا په &amp;انتظار</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>وړاندیز شوی</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>وړاندیز، د هغه څه تر څنګ چې ورپورې اړه لري</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>زما کتابچې ته یې &amp;ورزیات کړه</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>لکه څنګه چې دی زما کتابچې ته یې ورزیات کړه</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;بدل یې کړه، بیا یې ورزیات کړه…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>بدل یې کړه، بیا یې ورزیات کړه</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;نه، مننه…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>دې وړاندیز ته نه ووایه</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>نه، مننه</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>نه، مننه: دا وړاندیز پرېږده</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>«{title}» ته نه، مننه؟ ستا کتابچې ته به نه ځي، او دا وړاندیز به دلته ونه ساتل شي.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>نه، مننه: «{title}» ستا کتابچې ته نه ځي.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>اوس لپاره یې وساته</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>لا دمخه ستا په کتابچه کې دی</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>لا د دې په څېر هېڅ نشته.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>وړاندیزونه پرانیزه</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>وړاندیزونه (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>فایل پرانیستل او کتل کېږي…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>تا لا دمخه د {name} له دې فایل څخه هر څه لیدلي.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} یو وړاندیز لېږلی. تر هغه چې ته یې ورزیات نه کړې، ستا په کتابچه کې هېڅ نشته.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} {count} وړاندیزونه لېږلي. تر هغه چې ته یې ورزیات نه کړې، ستا په کتابچه کې هېڅ نشته.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>د هغوی یادښت: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>ضمیمه: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>ضمیمه شوی انځور: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>«{title}» {section} ته ورزیات شو.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>{name} ته ووایه چې څه دې پرېکړه وکړه…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>{name} ته ووایه چې څه دې پرېکړه وکړه</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>د {name} له خوا، د «{section}» لپاره</translation>
    </message>
</context>
<context>
    <name>TextSizeChoices</name>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Text size {0} percent</source>
        <translation>د متن اندازه {0} سلنه</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>لیکنې، تر ټولو نوې لومړی</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>لا دلته هېڅ نشته. هغه څه چې لیکې دلته ښکاري، تر ټولو نوي لومړی.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>تر ټولو نوي لومړی، د پېښېدو یا لیکلو د وخت له مخې.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>قلف</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>همدا اوس یې قلف کړه (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>اوس پټ کړه</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>سمدستي قلف کړه او تشه پاڼه وښیه (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>شمېرې کتل شوې</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>شمېرې لا نه دي کتل شوې</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrustedPeopleTab</name>
    <message>
        <source>Maybe one day you lose your passphrase and your recovery code. Then people you trust can help you back in. Choose three of your people. Each one gets a piece. A piece is a small file. Only their app can open it. Two pieces together let you back in. One piece alone opens nothing.</source>
        <translation>ښایي یوه ورځ دې پټنوم او د بیارغونې کوډ ورک شي. بیا هغه خلک چې پرې باور لرې کولی شي مرسته وکړي چې بېرته ننوځې. له خپلو خلکو څخه درې تنه وټاکه. هر یو یوه ټوټه اخلي. ټوټه یو کوچنی فایل دی. یوازې د هغه اپ یې پرانیستلی شي. دوه ټوټې یو ځای تا بېرته ننباسي. یوازې یوه ټوټه هېڅ نه پرانیزي.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>که کله دې پټنوم او د بیارغونې کوډ دواړه ورک شي، هغه خلک چې پرې باور لرې کولی شي مرسته وکړي چې بېرته ننوځې. له خپلو خلکو څخه درې تنه وټاکه. هر یو یوه ټوټه اخلي: یو کوچنی فایل چې یوازې د هغه اپ یې پرانیستلی شي. هرې دوه ټوټې یو ځای تا بېرته ننباسي؛ یوازې یوه ټوټه هېڅ نه پرانیزي.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>درې &amp;تنه وټاکه</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>درې تنه وټاکه</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>ټاکل شوي: {0} له 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>ستا &amp;نوم، لکه څنګه چې د باور وړ خلک دې پېژني</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>ستا نوم، لکه څنګه چې د باور وړ خلک دې پېژني</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>هره ټوټه وايي چې د چا ده. نو ستا کارت لومړی نوم ته اړتیا لري. دا نوم ستا پر کارت هم ځي (زما کارت).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>هره ټوټه وايي چې د چا ده، نو ستا کارت لومړی نوم ته اړتیا لري. دا نوم ستا پر کارت هم ځي (زما کارت).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>دا نوم &amp;وکاروه</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>دا نوم وکاروه</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>لومړی د هغو خلکو کارتونه ورزیات کړه چې پرې باور لرې. دا د خلکو په پاڼه کې وکړه. بیا دلته راشه.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>لومړی د هغو خلکو کارتونه ورزیات کړه چې پرې باور لرې (خلک)، بیا دلته راشه.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>د هغوی ټوټې &amp;جوړې کړه…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>د هغوی ټوټې جوړې کړه</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>ټوټې جوړېږي</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>د باور وړ خلک</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>خلکو ته &amp;ورشه…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>خلکو ته ورشه، چې کارتونه ورزیات کړې یا د هغو شمېرې وګورې</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>تا ته د درېیو کسانو کارتونه پکار دي. د خلکو په پاڼه کې %n نور کارت ورزیات کړه.</numerusform>
            <numerusform>تا ته د درېیو کسانو کارتونه پکار دي. د خلکو په پاڼه کې %n نور کارتونه ورزیات کړه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>تا ته د درېیو کسانو کارتونه پکار دي: د خلکو په پاڼه کې %n نور کارت ورزیات کړه.</numerusform>
            <numerusform>تا ته د درېیو کسانو کارتونه پکار دي: د خلکو په پاڼه کې %n نور کارتونه ورزیات کړه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>په لړلیک کې درې تنه په نښه کړه. %n تن نور پاتې دی.</numerusform>
            <numerusform>په لړلیک کې درې تنه په نښه کړه. %n تنه نور پاتې دي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>په لړلیک کې درې تنه په نښه کړه: %n تن نور پاتې دی.</numerusform>
            <numerusform>په لړلیک کې درې تنه په نښه کړه: %n تنه نور پاتې دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>درې تنه په نښه شوي.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>درې فایلونه په {folder} کې خوندي شول. هر کس ته خپل فایل ورکړه. په لاس یې ورکړه، یا په USB سټیک:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>درې فایلونه په {folder} کې خوندي شول. هر کس ته خپل فایل ورکړه (په لاس، یا په USB سټیک):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>لومړی د کارت شمېرې له {0} سره وګوره. دا د خلکو په پاڼه کې، د هغه پر کارت وکړه. بیا پوهېږې چې ټوټه سم کس ته ځي.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>لومړی د {0} شمېرې له هغه سره وګوره (خلک، بیا د هغه کارت): یوه ټوټه یوازې هومره خوندي ده لکه هغه کارت چې ورته ځي.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>لومړی د دې خلکو شمېرې له دوی سره وګوره (خلک، بیا د هر یوه کارت): {0}. یوه ټوټه یوازې هومره خوندي ده لکه هغه کارت چې ورته ځي.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>هغه ټوټې چې له {0} سره دي اوس کار نه کوي. دا د کتابچې له بېرته راوړلو مخکې دي. لاندې درې تنه په نښه کړه چې نوې ټوټې جوړې کړې.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>هغه ټوټې چې له {0} سره دي د بېرته راوړلو له مخکې دي، او نور دا کتابچه نه پرانیزي. لاندې درې تنه په نښه کړه چې نوې جوړې کړې.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>لا د باور وړ خلک نه لرې.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>ستا د باور وړ خلک {0} دي. د هغوی ټوټې دې په {1} جوړې کړې. که نوې ټوټې جوړې کړې، زړې ټوټې نور کار نه کوي.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>ستا د باور وړ خلک {0} دي (ټوټې په {1} جوړې شوې). د نویو ټوټو جوړول دا معنا لري چې هغه ټوټې چې اوس یې لري هېڅ نه پرانیزي.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>د درېیو ټوټو لپاره یو فولډر وټاکه</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>هغوی یې په خپل اپ کې پرانیزي. امستنو ته ځي، بیا «هغه ټوټې چې زه یې ساتم».</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>په خپل اپ کې یې په امستنو کې، بیا «هغه ټوټې چې زه یې ساتم»، پرانیزي.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>د نوي کوډ جوړول دې پای ته ونه رسول. زوړ کوډ دې لا هم کار کوي.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>د باور وړ خلکو په مرسته بېرته &amp;ننوتل…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>د باور وړ خلکو په مرسته بېرته ننوتل</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>قلف &amp;خلاص کړه</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>قلف خلاص کړه</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;بېرته لړلیک ته</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>بېرته لړلیک ته</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>پرانیستل کېږي</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>پرانیستل کېږي…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>خپل د &amp;بیارغونې کوډ ولیکه</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>هغه کوډ چې دې لیکلی یا چاپ کړی و</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>پر ځای یې زما &amp;پټنوم وکاروه</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>خپل &amp;پټنوم ولیکه</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>پر ځای یې زما د &amp;بیارغونې کوډ وکاروه</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>هغه څه بېرته واخله چې دې شریک کړي</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>کله چې د هغوی اپ یې پرانیزي، هغه څه ړنګوي چې تا شریک کړي او هغه فایل به بیا نه پرانیزي.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>پخپله ورته نه رسېږي: ورته یې ورکړه لکه څنګه چې دې لومړی فایل ورکړی و.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>هغه څه بېرته نشي اخیستلی چې هغوی لا دمخه لوستي، چاپ کړي یا لیکلي دي. که دا دې اندېښمن کوي، له هغوی یا له هغه چا سره خبرې وکړه چې باور پرې لرې.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>د بېرته اخیستلو فایل &amp;جوړ کړه…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>د بېرته اخیستلو فایل جوړ کړه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>دا د {name} لپاره د بېرته اخیستلو یو کوچنی فایل جوړوي، د هغه څه په اړه چې تا په {date} د {time} بجو شریک کړي وو</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>، «{purpose}»</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} او %n نور</numerusform>
            <numerusform>: {titles} او %n نور</numerusform>
        </translation>
    </message>
    <message>
        <source>: {titles}</source>
        <translation>: {titles}</translation>
    </message>
</context>
<context>
    <name>WrittenWithField</name>
    <message>
        <source>Written with</source>
        <translation>له چا سره ولیکل شوه</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>هغه څوک چې د دې په لیکلو کې یې مرسته درسره کړې. یو نوم وټاکه یا یې ولیکه، یا یې تش پرېږده.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>یوازې زه</translation>
    </message>
</context>
</TS>
