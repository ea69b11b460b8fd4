<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>أضف بطاقة شخص ما</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>اختر ملف البطاقة الذي أعطاك إياه. ثم اقرآ الأرقام بصوت عالٍ معًا: إذا تطابقت، فلم يبدّل أحدٌ البطاقة في الطريق.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>&amp;اختر ملف البطاقة…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>اختر ملف البطاقة</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>قرأنا الأرقام بصوت عالٍ وهي &amp;متطابقة</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>قرأنا الأرقام بصوت عالٍ وهي متطابقة</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>&amp;أضف البطاقة</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>أضف البطاقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>بطاقات (*{0});;أي ملف (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>أخبر {name} بما قررت</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>أخبرهم بما قررت</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>هذا كل ما يقوله الرد. ليس فيه عناوين ولا شيء من كلماتك: يراه {name} بجانب ما أرسله.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>ما يقوله الرد</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>ما &amp;يقوله الرد</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>&amp;احفظ الرد…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>احفظ الرد كملف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>أضفته</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>أضفته مع تغييرات</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>قلت لا، شكرًا</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>لم تقرر بعد</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>الاقتراح {number} أُرسل في {date}: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>رد إلى {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>احفظ الرد</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>ردود (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>تم الحفظ. أعطِ {name} الملف؛ في تطبيقه يختار “أرسل اقتراحات…”، ثم “افتح ردًا…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>صور وأصوات وملفات</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>أضف صورة أو صوتًا أو ملفًا…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>أضف صورة أو صوتًا أو ملفًا</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>صور وأصوات (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;أي ملف (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>احفظ نسخة</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>ارسم صورة…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>ارسم صورة</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>سجّل صوتًا…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>سجّل صوتًا</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>أضف عنوانًا أولًا، ثم يمكنك إضافة صور وأصوات وملفات.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>جارٍ إضافة {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>هل تريد إزالة {name}؟</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>سيُزال من هذه التدوينة ويُمحى. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>أزِله</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>أبقِه</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>تمت إزالة {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>جارٍ حفظ نسخة…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>حُفظت نسخة باسم {name}.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>احفظ نسخة…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>احفظ نسخة من {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>أزِل {name}</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>جارٍ فتح الصورة…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>صورة: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>لا يمكن عرض هذه الصورة، لكنها محفوظة بأمان.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>رسمتي، {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>تسجيلي، {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>أقل من 1 كيلوبايت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} كيلوبايت</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} ميغابايت</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} غيغابايت</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>شغّل {name}</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>لا يمكن تشغيل الأصوات على هذا الحاسوب. يمكنك حفظ نسخة وتشغيلها في مكان آخر.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>أوقف {name} مؤقتًا</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>لا يمكن تشغيل هذا الصوت هنا. يمكنك حفظ نسخة وتشغيلها في مكان آخر.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>احفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>ملف واحد فيه كل ما في دفترك. يعني كلماتك وصورك وأصواتك وسجلّه والأشخاص. إذا ضاع هذا الحاسوب، يعيد إليك هذا الملف دفترك.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>ملف واحد فيه كل ما في دفترك: كلماتك وصورك وأصواتك وسجلّه والأشخاص. إذا ضاع هذا الحاسوب، يعيد إليك دفترك.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>رمز الاسترداد الجديد يفتح هذا الملف. احتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>رمز الاسترداد يفتح هذا الملف. احتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>جارٍ حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>اختر مكان ال&amp;حفظ…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>نسخة احتياطية {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>نسخ احتياطية (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>جارٍ الحفظ… يمكنك متابعة استخدام التطبيق.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>حُفظت باسم {name} في {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>مرّ وقت منذ آخر نسخة احتياطية. النسخة الاحتياطية تحفظ دفترك إذا ضاع هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>احفظ نسخة &amp;احتياطية…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>احفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>ليس الآن: ذكّرني في المرة القادمة</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>تذكير بالنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>تغيّر رمز الاسترداد، والنسخ الاحتياطية التي حفظتها من قبل لا تُفتح إلا بالرمز القديم. احفظ نسخة احتياطية جديدة الآن، لتناسب رمزك الجديد.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>تغيّر رمز الاسترداد. احفظ نسخة احتياطية الآن، ليبقى دفترك بأمان إذا ضاع هذا الحاسوب؛ رمزك الجديد هو الذي يفتحها.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>تغيّر رمز الاسترداد. نسخك الاحتياطية القديمة تحتاج إلى الرمز القديم. لذا احفظ نسخة احتياطية جديدة الآن. هي تناسب رمزك الجديد.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>تغيّر رمز الاسترداد. احفظ نسخة احتياطية الآن. عندها يبقى دفترك بأمان إذا ضاع هذا الحاسوب. رمزك الجديد يفتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>لم تحفظ نسخة احتياطية منذ مدة. النسخة الاحتياطية تحفظ دفترك إذا ضاع هذا الحاسوب.</translation>
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
        <translation>كيف تتحدث معي</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>نادِني</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>الاسم الذي تحب أن يناديك الناس به</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>من فضلك لا تسألني عن</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>مثلًا: أخبرني بما سيحدث بعد ذلك؛ أعطني وقتًا لأجيب</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>تبقى هذه في دفترك. لا تُشارَك إلا إذا وضعت عليها علامة أثناء المشاركة، وعندها تأتي قبل كل شيء آخر.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>&amp;نادِني…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>من &amp;فضلك لا تسألني عن…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;كيف تتحدث معي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لـ %n حرف على الأكثر.</numerusform>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لحرف واحد على الأكثر.</numerusform>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لحرفين على الأكثر.</numerusform>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لـ %n أحرف على الأكثر.</numerusform>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لـ %n حرفًا على الأكثر.</numerusform>
            <numerusform>هذه كلمات كثيرة: كل خانة تتسع لـ %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>بماذا يجب أن يناديك الناس؟ هل هناك شيء تفضّل ألّا تُسأل عنه؟ كيف تحب أن يتحدث الناس معك؟</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>نادِني</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>من فضلك لا تسألني عن</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>كيف تتحدث معي</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>لا تُشارَك إلا إذا وضعت عليها علامة أثناء المشاركة.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>ا&amp;كتبها…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;غيّرها…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>اكتب ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>غيّر ما يجب أن يعرفه الناس أولًا</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>نادِني</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>من فضلك لا تسألني عن</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>كيف تتحدث معي</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>من فضلك اقرأ هذا أولًا</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>ما يجب أن يعرفه الناس أولًا: ضع علامة على كل واحد منها لتضعه في الأعلى.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>ضع “{0}” في الصفحة</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>شاركه {sender} مع {recipient}، ومفتوح حتى {until}. سمح {sender} لـ {recipient} بالاحتفاظ بنسخة في سجلاته؛ وفيما عدا ذلك، من فضلك لا تعطه لأحد.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>شاركه {sender} مع {recipient}، ومفتوح حتى {until}. من فضلك لا تنسخه ولا تعطه لأحد.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>ليست للسجل.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>يمكن نسخها إلى سجلاتهم (تبقى النسخة هناك بعد انتهاء المشاركة)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>للقراءة فقط: ليست للسجل</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} ميغابايت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} كيلوبايت</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(جديد)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n تدوينة جديدة</numerusform>
            <numerusform>تدوينة جديدة واحدة</numerusform>
            <numerusform>تدوينتان جديدتان</numerusform>
            <numerusform>%n تدوينات جديدة</numerusform>
            <numerusform>%n تدوينة جديدة</numerusform>
            <numerusform>%n تدوينة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n تدوينة تغيّرت</numerusform>
            <numerusform>تدوينة واحدة تغيّرت</numerusform>
            <numerusform>تدوينتان تغيّرتا</numerusform>
            <numerusform>%n تدوينات تغيّرت</numerusform>
            <numerusform>%n تدوينة تغيّرت</numerusform>
            <numerusform>%n تدوينة تغيّرت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n تدوينة لم تعد مشتركة</numerusform>
            <numerusform>تدوينة واحدة لم تعد مشتركة</numerusform>
            <numerusform>تدوينتان لم تعودا مشتركتين</numerusform>
            <numerusform>%n تدوينات لم تعد مشتركة</numerusform>
            <numerusform>%n تدوينة لم تعد مشتركة</numerusform>
            <numerusform>%n تدوينة لم تعد مشتركة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>لم يتغير شيء منذ {0}.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>ما تغيّر منذ {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
            <numerusform>لم تعد مشتركة: %n من المرة السابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>الآن تحت ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>صارت الآن مُعلَّمة مهمة الآن</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>لم تعد مُعلَّمة مهمة الآن</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>موعد جديد للسؤال إن كانت ما زالت صحيحة</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>تاريخ جديد لوقت حدوثها</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>لون جديد</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>تغيّرت صورها أو أصواتها أو ملفاتها</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>الكلمات الجديدة مسطَّرة ومُعلَّمة (جديد)</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>حُذفت بعض الكلمات</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>جديد:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>تغيّر:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>الكلمات المسطَّرة، وبعد كل منها (جديد)، جديدة أو تغيّرت منذ {0}.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>شاركه {0}</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>مهم الآن</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>لا شيء في هذا الملف مُعلَّم كمهم الآن.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>كل ما تمت مشاركته</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>شاركه</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>أرقام تُظهر أنها جاءت منك</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>أرقام تُظهر أنها جاءت منهم</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>تمت مشاركته مع</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>صُنع في</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>مفتوح حتى</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>نهاية {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>لماذا تمت مشاركته</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(لا ملاحظة)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>جديد منذ {0}</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>تغيّر منذ {0}</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>حدث في {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>آخر تغيير {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>اقترحه {carer} (مقدّم رعاية)، وغيّره وأضافه {owner}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>اقترحه {carer} (مقدّم رعاية)، وأضافه {owner}</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>صورة: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>صورة لا يمكن عرضها: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>صوت: {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>ملف: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>عن هذا الملف</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} صفحة {1} من {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>جديد: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>تغيّر: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>تغيّر: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>قارن ال&amp;أرقام…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>قارن الأرقام</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>اقرأ أرقام البطاقة مع الشخص؛ إذا تطابقت، علّمها كمتحقَّق منها</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>الملف المشترك</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>اختر ملفًا مشتركًا من القائمة لتقرأه هنا.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>الأصوات في هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>احفظ كملف &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>احفظ كملف PDF</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>شاركه {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>أضف بطاقة</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>تحقّق من بطاقة</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>هل هذه البطاقة حقًا من {0}؟ تحقّقا منها معًا، وجهًا لوجه أو بالهاتف. اقرأ الأرقام بصوت عالٍ، مجموعة من خمسة في كل مرة. {0} ينظر إلى الأرقام التي عنده. هل كل المجموعات متطابقة؟ إذن البطاقة لهم حقًا. لم يبدّلها أحد في الطريق.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>اقرأ هذه الأرقام بصوت عالٍ مع {0}، وجهًا لوجه أو بالهاتف. إذا كانت أرقامهم نفسها، فالبطاقة لهم حقًا ولم يبدّلها أحد في الطريق.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>&amp;قارنّا الأرقام، علّمها كمتحقَّق منها</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>قارنّا الأرقام، علّمها كمتحقَّق منها</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>أضفها، وتحقّق &amp;لاحقًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>تبقى مسوداتك هنا. لا يصل إلى اليافع إلا ما ترسله، وهو يقرر ما يحتفظ به.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;أرسل اقتراحات…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>أرسل اقتراحات</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>اختر مسودات واحفظها كملف لليافع (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>أضف &amp;بطاقة اليافع…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>أضف بطاقة اليافع</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>&amp;بطاقتي…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>بطاقتك، ليضيفها اليافع، فيعرف أن الاقتراحات تأتي منك حقًا</translation>
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
        <translation>تم التحقق من الأرقام</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>لم يتم التحقق من الأرقام بعد</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>تمت المشاركة بعبارة مرور (بلا بطاقة)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>أشخاص تتحدث إليهم الآن</translation>
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
        <translation>اتصل بالرقم 116 123</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>أرسل SHOUT في رسالة إلى 85258</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (حتى سن 19)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>اتصل بالرقم 0800 1111</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS، عندما يكون الأمر عاجلًا لكنه ليس حالة طارئة</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>اتصل بالرقم 111</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>في حالة طارئة</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>اتصل بالرقم 999</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>أشخاص تتحدث إليهم الآن</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>إذا احتجت إلى من تتحدث إليه الآن</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>هؤلاء الأشخاص موجودون من أجلك، مجانًا، ليلًا ونهارًا:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>حذف “{0}” نهائيًا؟</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>حذف نهائيًا؟</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>كل ما فيه يُمحى من هذا الحاسوب: كل تدوينة وصورة وصوت، وكل ما شاركته أو استلمته. لا يمكن التراجع عن هذا. وحدها النسخة الاحتياطية، إن حُفظت، تستطيع إعادته.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>وحده صاحب الدفتر يستطيع حذفه: اكتب عبارة المرور الخاصة به أو رمز الاسترداد الخاص به. من دون أحدهما لا يمكن حذفه من التطبيق.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>&amp;عبارة المرور الخاصة به أو رمز الاسترداد:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>عبارة المرور الخاصة به أو رمز الاسترداد</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>&amp;احذفه نهائيًا</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>احذفه نهائيًا</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>أ&amp;بقِه</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>أبقِه</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>أضف بطاقة اليافع (أضف بطاقة اليافع…) لتحدّد لدفتر مَن هذه المسودات.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>مسودات لـ {name}. ويقرّر {name} ما يدخل في دفتره.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>أُضيفت بطاقة {name} وتم التحقق من أرقامها. يمكنك الآن أن ترسل اقتراحات إلى {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>أُضيفت بطاقة {name}. تحقّق من أرقامها مع {name} عندما تستطيع؛ يمكنك إرسال اقتراحات الآن.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>ارسم صورة</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>صفحة الرسم</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>مفاتيح الأسهم تحرّك العلامة؛ المسافة تضع القلم أو ترفعه؛ Shift مع سهم يحرّكها أبعد.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>رفيع</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>قلم رفيع</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>قلم متوسط</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>قلم عريض</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>أسود</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>بنّي</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>ممحاة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>تراجع عن آخر خط (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>ا&amp;مسح الصفحة</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>امسح الصفحة</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>ا&amp;حتفظ بهذه الصورة</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>احتفظ بهذه الصورة</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>&amp;لا تحتفظ بها</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>لا تحتفظ بهذه الصورة</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>ال&amp;قلم:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>الل&amp;ون:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>لوحة المفاتيح: اضغط Tab للوصول إلى الصفحة، ثم الأسهم تحرّك العلامة والمسافة تضع القلم أو ترفعه.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مختار</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>صورة: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>مهم الآن</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>فيها صورة</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>فيها صوت</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>فيها ملف</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>افتح “{title}”</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>لون من اختيارك</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>مهم الآن</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>و{0} أخرى</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>رجوع (Esc). كلماتك محفوظة.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>نسخ سابقة…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>نسخ سابقة</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>امحُ نهائيًا…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>امحُ نهائيًا</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>هذه التدوينة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>بضع كلمات تجدها بها</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>كلماتك</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>اكتب قدر ما تشاء، قليلًا أو كثيرًا.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>&amp;كلماتك</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;مهم الآن: اعرضها أولًا في الرئيسية</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>مهم الآن</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>اسأل إن كانت ما زالت صحيحة &amp;في</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>اسألني إن كانت ما زالت صحيحة &amp;في</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>&amp;كُتبت مع</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>موعد السؤال إن كانت ما زالت صحيحة</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>تاريخ حدوثها</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>متى &amp;حدثت</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>ال&amp;لون</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>لم تُحفظ: هذه طويلة جدًا. جرّب تقسيمها إلى تدوينتين.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>لم تُحفظ بعد: لا توجد مساحة متبقية على هذا الحاسوب. كلماتك ما زالت هنا وستُحفظ حالما تتوفر مساحة.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>لم تُحفظ بعد: أضف عنوانًا</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>حُفظت. الكلمات الأولى هي عنوانها حتى تضيف عنوانًا.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>عادت النسخة السابقة. كلماتك اللاحقة محفوظة في سجلّها.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>امحُ “{title}” نهائيًا؟</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>هذا يزيل التدوينة وكل نسخها السابقة وصورها وأصواتها وملفاتها. لا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>أبقِه</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>اقترحه {name}</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>اقترح {name} هذا؛ غيّرته قبل أن تضيفه في {day}.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>اقترح {name} هذا؛ أضفته في {day}.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>أرقام البطاقة: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: القطعة {1} من 3، صُنعت في {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>قد يعطيك شخص يثق بك قطعة. تساعده على العودة إلى دفتره. احتفظ بها هنا. ربما يحتاجها يومًا. عندها أرِه كلماتها. لا تُرِها لأحد غيره.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>قد يعطيك شخص يثق بك قطعة من طريق عودته إلى دفتره. احتفظ بها هنا. إذا احتاجها يومًا، أرِه كلماتها، ولا تُرِها لأحد غيره.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>ال&amp;قطع التي تحتفظ بها</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>القطع التي تحتفظ بها</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>لا تحتفظ بأي قطعة لأحد.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>ا&amp;حتفظ بقطعة من ملف…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>احتفظ بقطعة من ملف</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>ا&amp;عرض كلماتها…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>اعرض كلمات القطعة المختارة</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>احذف &amp;ذلك الملف…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>احذف الملف الذي أُخذت منه القطعة</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>احتفظ بقطعة</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>قطع (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>أنت تحتفظ الآن بقطعة {0}. إنها القطعة {1} من 3. لا تعرضها إلا عندما يطلبها {0}. لم تعد تحتاج إلى الملف. احذفه، حتى لا يجده أحد غيرك.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>حُفظت قطعة {0}، {1} من 3. لا تعرضها إلا عندما يطلبها {0}. لم يعد الملف الذي جاءت منه لازمًا: احذفه، حتى لا يجده أحد غيرك.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>تحذف ملف القطعة؟</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>القطعة محفوظة هنا، لذا لم يعد الملف {0} لازمًا. تحذفه من مكانه؟</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>احذفه</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>أبقِ الملف</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>حُذف الملف. القطعة محفوظة هنا.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>قارن الأرقام</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>يقول هذا الملف إنه من {0}، لكنه موقَّع ببطاقة لم ترها من قبل. يمكن لأي أحد أن يضع اسمًا على بطاقة، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>اطلب من {0} أن يقرأ الأرقام التي على بطاقته، وجهًا لوجه أو بالهاتف، وقارنها بهذه.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>أرقام البطاقة التي وقّعت هذا الملف:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>أرقام {0} الذي تعرفه، أول مرة رأيتها في {1}:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;احذفه</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>احذفه</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>إنه شخص &amp;آخر: أبقِه</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>إنه شخص آخر: أبقِه</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>أرقامهم تطابق هذه البطاقة: اعرضه كأنه من شخص مختلف</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>يقول إنه من {name}، استُلم في {day}: بطاقة مختلفة، محجوز</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>م&amp;حجوز: لم يُفتح</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>هذه تقول إنها من شخص تعرفه، لكنها موقَّعة ببطاقة مختلفة. يمكن لأي أحد أن يضع اسمًا على بطاقة. قارن الأرقام مع الشخص قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>ملفات محجوزة</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>قارن ال&amp;أرقام…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>قارن الأرقام</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>اطّلع على أرقام البطاقتين، ثم أبقِ الملف أو احذفه</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>حُذف. لم يُحفظ شيء مما أرسلته تلك البطاقة.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>أُبقي كأنه من شخص مختلف اسمه أيضًا {0}.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>لماذا هذا الملف الشخصي وكيف يعمل (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>أشخاص تتحدث إليهم الآن (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>هذا مكانك الخاص لتحتفظ بما يهمّ عنك، حتى لا تضطر إلى رواية قصتك من جديد. يبقى على هذا الحاسوب، مقفلًا. لا يُشارَك شيء إلا إذا اخترت أنت مشاركته.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>إذا احتجت إلى من تتحدث إليه الآن</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>هذا التطبيق ليس خدمة طوارئ، ولا أحد يرى ما تكتبه هنا. هؤلاء موجودون من أجلك، مجانًا، ليلًا ونهارًا:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>الإعدادات، ثم النسخ الاحتياطي، يحفظ ملفًا واحدًا فيه كل شيء. احتفظ به على ذاكرة USB أو في مكان بعيد عن هذا الحاسوب. رمز الاسترداد يفتحه، فاحفظ الرمز بأمان أيضًا. على حاسوب جديد، اختر “استعد من نسخة احتياطية” في الشاشة الأولى.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>أضعت رمزك، أو رآه أحد؟ الإعدادات، ثم رمز الاسترداد، يصنع رمزًا جديدًا: اكتب عبارة المرور أولًا. ثم اكتب المجموعة الأخيرة من الرمز الجديد، لتُظهر أنك دوّنته؛ عندها فقط يحلّ محل رمزك القديم (إذا قفلت قبل ذلك، يبقى رمزك القديم يعمل). الاستعادة تعطيك رمزًا جديدًا أيضًا. رمزك القديم ما زال يفتح نسخك الاحتياطية القديمة، والدفتر على حاسوب قديم، لكن ليس هذا الدفتر؛ لذا احفظ نسخة احتياطية جديدة.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>إذا نسيت عبارة المرور</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>اضغط “شارك…”، الزر الموجود تحت قائمة الصفحات، وضع علامة على التدوينات، واختر لمن هي. ترى بالضبط ما سيرونه قبل أن يُحفظ أي شيء. يُفتح الملف في تطبيقهم فقط (أو بعبارة مرور تقولها لهم بصوتك)، وفقط حتى التاريخ الذي اخترته. يمكنك سحبه لاحقًا من صفحة الأشخاص.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>هذا مكانك الخاص. تحتفظ هنا بما يهمّ عنك. عندها لا تضطر إلى رواية قصتك من جديد. يبقى على هذا الحاسوب. وهو مقفل. لا يُشارَك شيء إلا إذا اخترت أنت مشاركته.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>هذا التطبيق ليس خدمة طوارئ. لا أحد يرى ما تكتبه هنا. هؤلاء موجودون من أجلك. خدماتهم مجانية. وهم موجودون ليلًا ونهارًا:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>المشاركة من جديد، والردود</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>إذا شاركت مع الشخص نفسه مرة أخرى، يحلّ الملف الجديد محل القديم: يحتفظ تطبيقه بالأحدث فقط، ويُريه ما تغيّر. إذا ردّ عليك، افتح ملفه من صفحة الأشخاص (“افتح إيصالًا أو ردًا…”). رسالته، وما سيفعله بشأن كل تدوينة، تظهر بجانب تلك المشاركة تحت “ما شاركته”.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>في أعلى الرئيسية يمكنك أن تكتب بماذا يناديك الناس، وما لا تريد أن تُسأل عنه، وكيف يتحدثون معك. عندما تشاركها، تكون أول ما يقرؤه الشخص.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>عندما تصعب الأمور</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>زر “عندما تصعب الأمور” (Ctrl+Shift+P) يحفظ خطتك أنت، خطوة خطوة، بكلماتك، مع الأشخاص الذين يمكنك التحدث إليهم الآن. يمكنك مشاركتها مثل أي تدوينة.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>الصور والرسوم والأصوات</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>في التدوينة يمكنك إضافة صورة أو صوت من ملف، أو رسم صورة، أو تسجيل صوتك أو موسيقى. تُحفظ مقفلة داخل دفترك، ولا تُحفظ أبدًا كملفات منفصلة.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>صفحتك التعريفية</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>“صفحتي التعريفية…”، تحت قائمة الصفحات، يصنع صفحة واحدة عنك من التدوينات التي تختارها، لتطبعها أو تحفظها كملف PDF. لا يوضع فيها إلا ما تختاره.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>رمز استرداد جديد</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>في شاشة فتح القفل، اختر “استخدم رمز الاسترداد بدلًا من ذلك”، واكتب الرمز الذي دوّنته عند الإعداد؛ ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>إذا أضعت رمز الاسترداد أيضًا</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>يستطيع الأشخاص الموثوقون مساعدتك، إذا أعددتهم مسبقًا: في الإعدادات، ثم الأشخاص الموثوقون، اختر ثلاثة أشخاص وأعطِ كل واحد منهم قطعته. بعد ذلك، في شاشة فتح القفل، اختر “ادخل من جديد بمساعدة الأشخاص الموثوقين” واكتب الكلمات التي يقرؤها لك اثنان منهم. من دون عبارة المرور، أو رمز الاسترداد، أو قطعتي شخصين موثوقين، لا أحد يستطيع فتحه.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>الاحتفاظ بقطعة لشخص آخر</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>إذا اختارك صديق ليكون من أشخاصه الموثوقين، احتفظ بقطعته في الإعدادات، ثم “القطع التي أحتفظ بها”. لا تُرِ كلماتها إلا له، عندما يطلبها.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>مفاتيح لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>أخفِ الآن: يقفل فورًا ويعرض صفحة فارغة</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>اكتب شيئًا جديدًا</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>شارك شيئًا</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>عندما تصعب الأمور: خطتك، وأشخاص تتحدث إليهم الآن</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>اقرأ هذه الصفحة أو هذه التدوينة بصوت عالٍ؛ Esc يوقف القراءة</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>التنقل بين العناصر</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>تقدّم، ارجع</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>القراءة بصوت عالٍ والقراءة السهلة</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>القراءة بصوت عالٍ موجودة في الرئيسية وفي كل تدوينة. تستخدم صوت حاسوبك نفسه. لا يُسجَّل شيء ولا يُحفظ. القراءة السهلة موجودة في الإعدادات، ثم الاسم والمظهر. تعطيك جملًا قصيرة ونصًا أكبر وصورًا.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>القراءة بصوت عالٍ، في الرئيسية وفي كل تدوينة، تستخدم صوت حاسوبك نفسه؛ لا يُسجَّل شيء ولا يُحفظ. وفي الإعدادات، ثم الاسم والمظهر، تجد القراءة السهلة: جمل قصيرة ونص أكبر وصور.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>الصور من OpenMoji (openmoji.org)، وهي متاحة بموجب رخصة المشاع الإبداعي CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>اضغط زر “شارك…”. إنه تحت قائمة الصفحات. ضع علامة على التدوينات التي تريد مشاركتها. اختر لمن هي. قبل أن يُحفظ أي شيء، ترى بالضبط ما سيرونه. يُفتح الملف في تطبيقهم فقط. أو يُفتح بعبارة مرور تقولها لهم. يُفتح فقط حتى التاريخ الذي اخترته. لاحقًا يمكنك سحبه من صفحة الأشخاص. يعني أنك تستعيده منهم.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>يمكنك المشاركة مع الشخص نفسه مرة أخرى. عندها يحلّ الملف الجديد محل القديم. يحتفظ تطبيقه بالأحدث فقط. ويُريه ما تغيّر. قد يردّ عليك بملف. افتحه من صفحة الأشخاص، بـ “افتح إيصالًا أو ردًا…”. عندها ترى رسالته. وترى ما سيفعله بشأن كل تدوينة. يظهر ذلك بجانب تلك المشاركة، تحت “ما شاركته”.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>في أعلى الرئيسية يمكنك أن تكتب ثلاثة أشياء. بماذا يناديك الناس. ما لا تريد أن تُسأل عنه. كيف يتحدثون معك. إذا شاركتها، يقرؤها الشخص أولًا.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>اضغط زر “عندما تصعب الأمور”، أو Ctrl+Shift+P. يحفظ خطتك أنت. الخطة تسير خطوة خطوة، بكلماتك. فيها الأشخاص الذين يمكنك التحدث إليهم الآن. يمكنك مشاركتها مثل أي تدوينة.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>في التدوينة يمكنك إضافة صورة أو صوت من ملف. يمكنك رسم صورة. يمكنك تسجيل صوتك أو موسيقى. تبقى مقفلة داخل دفترك. لا تُحفظ أبدًا كملفات منفصلة.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>“صفحتي التعريفية…” تحت قائمة الصفحات. تصنع صفحة واحدة عنك. أنت تختار التدوينات لها. يمكنك طباعة الصفحة أو حفظها كملف PDF. لا يوضع فيها إلا ما تختاره.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>اذهب إلى الإعدادات، ثم النسخ الاحتياطي. يحفظ ملفًا واحدًا فيه كل شيء. احتفظ بالملف على ذاكرة USB، أو في مكان بعيد عن هذا الحاسوب. رمز الاسترداد يفتحه. فاحفظ الرمز بأمان أيضًا. على حاسوب جديد، اختر “استعد من نسخة احتياطية” في الشاشة الأولى.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>هل أضعت رمزك؟ أو هل رآه أحد؟ اذهب إلى الإعدادات، ثم رمز الاسترداد. اكتب عبارة المرور. ثم اصنع رمزًا جديدًا. ثم اكتب المجموعة الأخيرة من الرمز الجديد. هذا يُظهر أنك دوّنته. عندها فقط يعمل الرمز الجديد. الاستعادة تعطيك رمزًا جديدًا أيضًا. بعد ذلك، يبقى رمزك القديم يفتح نسخك الاحتياطية القديمة. وقد يفتح حاسوبًا قديمًا أيضًا. لكنه لا يفتح هذا الدفتر. لذا احفظ نسخة احتياطية جديدة.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>اذهب إلى شاشة فتح القفل. اختر “استخدم رمز الاسترداد بدلًا من ذلك”. اكتب الرمز الذي دوّنته عند الإعداد. ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>يستطيع الأشخاص الموثوقون مساعدتك. لكن عليك أن تُعدّهم أولًا. اذهب إلى الإعدادات، ثم الأشخاص الموثوقون. اختر ثلاثة أشخاص. أعطِ كل واحد منهم قطعته. بعد ذلك، إذا لم تستطع الدخول، اذهب إلى شاشة فتح القفل. اختر “ادخل من جديد بمساعدة الأشخاص الموثوقين”. يقرأ لك اثنان منهم كلماتهما. اكتب تلك الكلمات. لا أحد يستطيع فتحه من دون واحد من هذه: عبارة المرور، أو رمز الاسترداد، أو قطعتي شخصين موثوقين.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>قد يختارك صديق لتكون من أشخاصه الموثوقين. عندها احتفظ بقطعته في الإعدادات، ثم “القطع التي أحتفظ بها”. لا تُرِ كلماتها إلا له. ولا تُرِها إلا عندما يطلبها.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>هذا الملف الشخصي لمساعدة يافع واحد. تكتب هنا اقتراحات لما يحتفظ به في تطبيقه. تبقى مسوداتك هنا، مقفلة، حتى ترسلها، واليافع يقرر ما يحتفظ به.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>إرسال الاقتراحات</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>اكتب كل اقتراح كمسودة (Ctrl+N لمسودة جديدة). عندما تكون جاهزًا، اختر “أرسل اقتراحات…”، وضع علامة على المسودات واحفظ الملف. أعطِ الملف لليافع: تطبيقه وحده يستطيع فتحه. يمكنه أن يضيف كل اقتراح أو يغيّره أو يتركه.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>البطاقات والتحقق من الأرقام</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>قبل أن تتمكن من الإرسال، أضف بطاقة اليافع (أضف بطاقة اليافع…). أعطه بطاقتك أيضًا (بطاقتي…) وأرِه كيف يضيفها في صفحة الأشخاص، فيعرف أن الاقتراحات تأتي منك حقًا. ثم قارنا الأرقام على البطاقتين معًا، وجهًا لوجه أو بالهاتف. إذا تطابقت، فالبطاقتان هما الصحيحتان.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>ردّهم</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>عندما يقرر اليافع، يستطيع تطبيقه أن يحفظ ردًا لك: ملف صغير يقول عن كل اقتراح إن كان قد أضافه، أو أضافه مع تغييرات، أو تركه. لا يحمل كلماته أبدًا. اختر “افتح ردًا…” في شاشتك الرئيسية (أو في “أرسل اقتراحات…”) واختر الملف؛ عندها يعرض “أرسل اقتراحات…” ما حصل لكل اقتراح.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>يحفظ هذا الملف الشخصي ما يختار اليافعون مشاركته معك. كل ملف مشترك للقراءة فقط، ويُظهر من شاركه وحتى متى، ويُحذف من هنا عندما ينتهي وقته.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>فتح ملف مشترك</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>اختر “افتح ملفًا مشتركًا…” (Ctrl+O) واختر الملف الذي أعطاك إياه اليافع. يُفحص قبل أن يُحفظ أي شيء. Ctrl+P يطبعه. “احفظ إيصالًا…” يصنع ملفًا يخبر اليافع أنك فتحته. إذا سحب مشاركة، افتح ملف السحب بالطريقة نفسها فتُحذف المشاركة من هنا. الملف الأحدث من الشخص نفسه يحلّ محل السابق، ويُظهر ما تغيّر.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>من فضلك اقرأ هذا أولًا</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>إذا كتب اليافع كيف يحب أن يُكلَّم (بماذا يُنادى، وما لا يُسأل عنه)، فستجده في الشريط المعنون “من فضلك اقرأ هذا أولًا”، فوق كل ما شاركه. اقرأه قبل الباقي.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>الردّ</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>“ردّ…” يكتب رسالة قصيرة في المقابل، ومعها إن شئت ما ستفعله بشأن كل تدوينة. تتحقق بالضبط مما سيخرج، ثم تحفظ ملفًا لليافع؛ تطبيقه وحده يفتحه. يظهر “ردّ” ما دامت المشاركة سارية وقد صُنعت لبطاقتك.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>للقراءة فقط، أو منسوخة إلى السجلات</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>ما يُشارَك معك هنا للقراءة فقط. يظهر “صدّر للسجلات…” فقط حيث وافق اليافع على نسخه إلى سجلات خدمتك؛ ويحفظ مستند FHIR بكلماته هو. وإلا، فأبقِه هنا، للقراءة فقط، حتى ينتهي وقته.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>بطاقتك والتحقق من الأرقام</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>يستطيع اليافع المشاركة معك بعد أن تصله بطاقتك. اختر “بطاقتي…” لتضيف اسمك ودورك ومؤسستك، واحفظ ملف البطاقة له. عندما تلتقيان، قارن الأرقام على بطاقتك بالأرقام التي يعرضها تطبيقه. إذا تطابقت، فما يشاركه يصل إليك وحدك.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>القفل والإخفاء</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>القفل (Ctrl+L) يغلق هذا الملف الشخصي حتى تُكتب عبارة المرور من جديد. “أخفِ الآن” (Ctrl+Shift+H) يقفل فورًا ويعرض صفحة فارغة. ويقفل أيضًا من تلقاء نفسه إذا تُرك دون استخدام؛ الإعدادات، ثم القفل، تحدد بعد كم من الوقت.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>إذا نسيت عبارة المرور</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>في شاشة فتح القفل، اختر “استخدم رمز الاسترداد بدلًا من ذلك”، واكتب الرمز الذي دوّنته عند إعداد هذا الملف الشخصي؛ ثم اختر عبارة مرور جديدة. من دون عبارة المرور أو رمز الاسترداد، لا أحد يستطيع فتحه.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>القطع التي أحتفظ بها</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>قد يختارك يافع لتكون واحدًا من ثلاثة أشخاص موثوقين ويعطيك ملف قطعة. احتفظ به في الإعدادات، ثم “القطع التي أحتفظ بها”. إذا ضاع منه طريق الدخول، أرِه كلماتها، بعد أن تتأكد أنه هو؛ قطعتا شخصين تعيدانه إلى الداخل. قطعة واحدة وحدها لا تفتح شيئًا.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>الإعدادات، ثم النسخ الاحتياطي، يحفظ ملفًا واحدًا فيه كل ما في هذا الملف الشخصي. احتفظ به في مكان بعيد عن هذا الحاسوب. رمز الاسترداد يفتحه، فاحفظ الرمز بأمان أيضًا. على حاسوب جديد، اختر “استعد من نسخة احتياطية” في الشاشة الأولى.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: هذه المساعدة. Ctrl+, : الإعدادات. Tab وShift+Tab للتنقل بين العناصر؛ Enter للمتابعة، وEscape لإغلاق نافذة.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>ما هو مهم الآن</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>لا شيء هنا بعد. ثبّت ما يهمّك أكثر، فيظهر هنا أولًا.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>لا شيء هنا بعد. ضع علامة على “مهم الآن” في تدوينة لتبقيها في الأعلى.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>هذه الصفحة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>هل ما زال هذا صحيحًا؟</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>بقيت كما هي. سنسأل مرة أخرى في {date}.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>أُزيل التثبيت. ما زالت محفوظة في {section}.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>لمن هو؟</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;أنا: إنه دفتري الخاص</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>احتفظ بما يهمّ عنك، وشاركه عندما تختار.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>أساعد شابًا أو شابة (&amp;مقدّم رعاية)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>اكتب اقتراحات يستطيع اليافع أخذها أو تغييرها أو تركها.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>أنا &amp;مختص</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>أعطِ اليافعين بطاقتك، واقرأ ما يشاركونه معك.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>شاب أو شابة</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>مختص</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}، شاب أو شابة</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}، مقدّم رعاية</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}، مختص</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>اللغات التي يمكنك الاختيار منها</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>مثل شاشة البداية</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}، لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>صنعها حاسوب. لم يراجعها بعد أحد يتحدث هذه اللغة، لذا قد تكون بعض الكلمات خاطئة.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>راجعها شخص يتحدث هذه اللغة.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>أيها لك؟</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>ال&amp;دفاتر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>الدفاتر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>افتح المختار</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>اصنع دفترًا جديدًا، أو أعد دفترًا من نسخة احتياطية حفظتها من قبل، مثلًا عندما تنتقل إلى حاسوب جديد.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>اصنع دفترًا &amp;جديدًا</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>اصنع دفترًا جديدًا</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;ستعد من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>استعد من نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>اح&amp;ذف…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>احذف المختار</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>حُذف “{0}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>تجربة: لا شيء هنا حقيقي، ويُحذف عندما تغلق التطبيق.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>عندما ت&amp;صعب الأمور</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>عندما تصعب الأمور</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>خطتك، وأشخاص تتحدث إليهم الآن (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>تدوينتك</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;شارك…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شارك</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>اختر تدوينات لتشاركها مع أحد (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>صفحتي ال&amp;تعريفية…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>صفحة تعريفية واحدة</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>صفحة عنك تطبعها أو تحفظها كملف PDF، من تدوينات تختارها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>الإعدادات (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>تدوينة جديدة</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>بطاقتك تتيح للناس المشاركة معك بأمان. احفظها كملف وأعطها لهم. ثم اقرآ الأرقام أدناه بصوت عالٍ لبعضكما: إذا تطابقت، فلم يبدّلها أحد في الطريق.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>أرقام بطاقتك</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>&amp;احفظ بطاقتي كملف…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>احفظ بطاقتي كملف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>عن بطاقتك</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>اسمك على البطاقة</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>مثلًا: أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>مؤسستك</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>تظهر الأرقام عندما يصبح لبطاقتك اسم.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>احفظ بطاقتي</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>بطاقات (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>حُفظت بطاقتك باسم {0}. أعطها للشخص، ثم اقرآ الأرقام بصوت عالٍ معًا.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا ملاحظات بعد.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>ارجع إلى شاشة فتح القفل</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>فتحه رمز الاسترداد. الآن اختر عبارة مرور جديدة، واستخدمها لفتحه من الآن فصاعدًا. بضع كلمات تتذكرها ولا يخمّنها غيرك تنجح جيدًا.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>فتحته قطع الأشخاص الموثوقين لديك. الآن اختر عبارة مرور جديدة، واستخدمها لفتحه من الآن فصاعدًا. بضع كلمات تتذكرها ولا يخمّنها غيرك تنجح جيدًا.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة مرور &amp;جديدة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>جارٍ القفل بأمان… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>“ليس الآن” لا يغيّر شيئًا: عبارة المرور القديمة ما زالت تفتحه، إذا تذكّرتها، وكذلك قطع الأشخاص الموثوقين لديك. في المرة القادمة التي تفتحه فيها القطع، سيُطلب منك ذلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>“ليس الآن” لا يغيّر شيئًا: عبارة المرور القديمة ما زالت تفتحه، إذا تذكّرتها، وكذلك رمز الاسترداد. في المرة القادمة التي يفتحه فيها الرمز، سيُطلب منك ذلك مرة أخرى.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>ا&amp;حفظ عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>احفظ عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>حُفظت عبارة المرور الجديدة. رمز الاسترداد الذي استخدمته لم يعد يفتحه: هذا الرمز الجديد هو الذي يفتحه، إذا نسيت عبارة المرور مرة أخرى. دوّنه أو اطبعه، واحتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>حُفظت عبارة المرور الجديدة. رمز الاسترداد القديم لم يعد يفتحه: هذا الرمز الجديد هو الذي يفتحه. دوّنه أو اطبعه، واحتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب. ما زالت قطع الأشخاص الموثوقين لديك تعمل؛ اصنع قطعًا جديدة من الإعدادات إذا كان غيرهم قد سمعها.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>النسخ الاحتياطية التي حفظتها من قبل ما زالت تحتاج إلى الرمز القديم: احفظ نسخة احتياطية جديدة قريبًا (ستذكّرك الرئيسية).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>هذه هي المرة الوحيدة التي يُعرض فيها.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>احتفظت به، &amp;تابع</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>احتفظت به، تابع</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>تختار عبارة مرور لاحقًا؟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>اختر واحدة الآن</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>تغلق دون الاحتفاظ بالرمز الجديد؟</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>حُفظت عبارة المرور الجديدة، لكن رمز الاسترداد الجديد لن يُعرض مرة أخرى، والقديم لم يعد يعمل. يمكنك صنع رمز آخر من الإعدادات.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>أبقِه مفتوحًا</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>صفحة تعريفية واحدة</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>ال&amp;تدوينات التي توضع فيها</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>الصفحة كما ستُطبع</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>صفحة عنك لمدرسة جديدة أو مكان سكن جديد. ضع علامة على ما يوضع فيها: لا شيء فيها حتى تفعل ذلك.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>ما يوضع في الصفحة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ا&amp;طبع…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>احفظ كملف &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>احفظ كملف PDF</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>التدوينات التي توضع فيها</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(يوضع تحت “{heading}”)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>تتسع لها صفحة واحدة.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>تتسع لها صفحة واحدة، بحجم أصغر قليلًا.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>هذا كثير على صفحة واحدة: ستُطبع الكلمات صغيرة. يمكنك إزالة العلامة عن بعضها.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>عني.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>ما يحبه الناس فيّ</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>ما يهمّني</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>أفضل طريقة لدعمي</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>كل شيء عني</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>كل شيء عن {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>افتح &amp;ردًا…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>افتح ردهم على اقتراحاتك</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>ملف من اليافع يقول ما حصل لكل اقتراح</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>افتح ردًا</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>ردود (*{0});;أي ملف (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>جارٍ فتح الرد والتحقق منه…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>ردّ {name}. “أرسل اقتراحات…” يعرض ما حصل لكل اقتراح.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>افتح إ&amp;يصالًا أو ردًا…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>افتح إيصالًا أو ردًا</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>ملف من شخص شاركت معه: يقول إنه فتحه، أو فيه ردّه</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>إيصالات وردود (*{0} *{1});;أي ملف (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>لديك هذا الرد من {name} من قبل. يظهر مع ما شاركته في {date}.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>ردّ {name} على ما شاركته في {date}. يظهر مع تلك المشاركة.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>فتح {name} ما شاركته في {date}.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة مرور &amp;جديدة</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>أظهر ما أكتبه</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>أظهر عبارة المرور أثناء الكتابة</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>ا&amp;قترح واحدة</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>اقترح عبارة مرور</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>املأ الحقلين ببضع كلمات عشوائية، معروضة لتتمكن من تدوينها</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>اكتبها &amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>قصيرة جدًا: استخدم {0} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>القوة: سهلة التخمين.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>القوة: ما زالت سهلة التخمين.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>القوة: قوية.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>القوة: قوية جدًا.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>إنها من كلمات المرور التي يجرّبها الناس أولًا.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>الكلمات والأسماء الشائعة وحدها سريعة التخمين.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>المفاتيح المتجاورة سريعة التخمين.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>الحروف أو الكلمات المكررة لا تضيف كثيرًا.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>التسلسلات مثل abcd أو 1234 سريعة التخمين.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>التواريخ والسنوات سريعة التخمين.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>جرّب بضع كلمات معًا لها معنى عندك وحدك، أو اضغط “اقترح واحدة”.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>{0} حرفًا على الأقل. بضع كلمات تتذكرها تنجح جيدًا.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>الاثنتان متطابقتان.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>الاثنتان غير متطابقتين بعد.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>لهذا الملف عبارة مرور</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>الشخص الذي شاركه سيكون قد أخبرك بالأرقام، ربما بالهاتف. اكتبها هنا.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>ا&amp;فتحه</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>افتحه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>أ&amp;ضف بطاقة شخص ما…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>أضف بطاقة شخص ما</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>أ&amp;عطِ بطاقتي…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>أعطِ بطاقتي</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>أشخاص أشاركهم</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>لا أحد بعد. اطلب من الشخص ملف بطاقته، ثم اختر “أضف بطاقة شخص ما…”.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>&amp;قارن الأرقام…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>قارن أرقام البطاقة</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>ا&amp;سحب…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>اسحب المشاركة المختارة</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>لم تشارك معهم شيئًا بعد. للمشاركة، اضغط “شارك…”، الزر الموجود تحت قائمة الصفحات؛ ما تشاركه يظهر هنا.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>اصنع ملفًا يطلب من تطبيقهم حذف ما شاركته</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>ما &amp;شاركته</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>ما شاركته مع هذا الشخص</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>صفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: قارن الأرقام معهم قبل أن تشارك، إن استطعت.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>تمت المشاركة بعبارة مرور</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>أشخاص ليست لديهم بطاقة التطبيق، يفتحون الملف بعبارة مرور.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>اختر مشاركة من القائمة لتسحبها.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>حلّت محلها مشاركة أحدث، لذلك هذه اختفت بالفعل من تطبيقهم.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>هذه المشاركة مسحوبة بالفعل.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>بطاقات (*{0});;أي ملف (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>أُضيف {0}. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>سحب إلى {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>احفظ ملف السحب</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>ملفات مشتركة (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>حُفظ السحب باسم “{0}”. أعطه إلى {1}.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
            <numerusform>كل الكلمات الـ%n من كلمات القطع: تبدو هذه قطعة كاملة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
            <numerusform>%n من 20 كلمة حتى الآن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>قطعة محفوظة لـ {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>قطعة {0}، {1} من 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>من البطاقة ذات الأرقام {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>اقرأ هذه الكلمات لـ {0} وحده، بعد أن تتأكد أنه هو (وجهًا لوجه، أو في مكالمة أجريتها أنت برقم كان لديك من قبل). قطعتا شخصين معًا تعيدانه إلى الداخل.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>الكلمة {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>اطبع القطعة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>كلمات القطعة</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>ادخل من جديد بمساعدة أشخاص تثق بهم</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>اطلب من اثنين من الأشخاص الذين أعطيتهم قطعة. يستطيع كل منهما أن يعرض قطعته في تطبيقه: 20 كلمة. اكتب كلمات كل قطعة في خانتها. الأرقام وفواصل الأسطر لا تهم، وتكفي أول أربعة أحرف من كل كلمة.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>قطعة الشخص الأول</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>قطعة الشخص الثاني</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>قطعة الشخص ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>قطعة الشخص ال&amp;ثاني</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>ا&amp;دخل من جديد</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>ادخل من جديد</translation>
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
        <translation>شيء واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>&amp;بطاقتي…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>اسمك ودورك ومؤسستك، وبطاقتك التي تعطيها لليافعين</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;مشترك معك</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>ملفات مشتركة معك</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>صفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>لا شيء هنا بعد. عندما يعطيك يافع ملفًا مشتركًا، افتحه هنا. أعطه بطاقتك أولًا (بطاقتي…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>ا&amp;فتح ملفًا مشتركًا…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>افتح ملفًا مشتركًا</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>افتح ملف .wpb أعطاك إياه يافع (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>جارٍ فتح الملف</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>ملفات مشتركة (*{0});;أي ملف (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>جارٍ فتح الملف والتحقق منه…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>سحب {0} ملفًا كان قد شاركه. وقد حُذف.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>سحب {0} ملفًا كان قد شاركه. ليس موجودًا هنا، لذلك لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>لم يُفتح الملف.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>حُفظ كملف PDF: {0}</translation>
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
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>أوقف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>أوقف القراءة بصوت عالٍ (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>اقرأ {what} بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>اقرأ {what} بصوت عالٍ (Ctrl+Shift+R). Esc يوقف القراءة.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>احفظ إ&amp;يصالًا…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>احفظ إيصالًا</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>اختر ملفًا مشتركًا أولًا.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>ذلك الملف مسحوب أو انتهى وقته، فلا يوجد ما يُعطى له إيصال.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>ملف صغير لليافع: يخبره أنك فتحت ما شاركه</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>إيصال إلى {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>إيصالات (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>حُفظ الإيصال باسم {file}. أعطه إلى {name}.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>حلّت محله نسخة أحدث</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>اليوم هو اليوم الأخير</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>مفتوح، ينتهي غدًا</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>مفتوح، بقي {0} يوم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>تاريخ المشاركة</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>مفتوح حتى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>&amp;صدّر للسجلات…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>صدّر للسجلات</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>احفظه كمستند FHIR لسجلات خدمتك. الشخص الذي شاركه سمح بذلك؛ تبقى النسخة بعد انتهاء المشاركة أو سحبها.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>سجل ما شاركه {0}</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>مستندات FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>جارٍ حفظ السجل…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>حُفظ للسجل باسم {0}، بكلمات {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>لم يُحفظ أي سجل.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>هل يمكنهم نسخها إلى سجلاتهم؟</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>لا، يمكنهم &amp;قراءتها فقط. مكتوب عليها “ليست للسجل”.</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>لا، للقراءة &amp;فقط: مُعلَّمة “ليست للسجل”</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>لا، للقراءة فقط</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>نعم، يمكنهم &amp;نسخها إلى سجلاتهم</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>نعم، يمكنهم نسخها إلى سجلاتهم</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>السجلات هي الملاحظات التي تحتفظ بها خدمتهم، مثل مدرستهم أو فريقهم. إذا قلت نعم، تذهب نسخة إلى تلك الملاحظات. تبقى النسخة هناك بعد انتهاء الوقت. وتبقى هناك حتى إذا سحبت هذه المشاركة. لا يمكنك استعادة النسخة.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>إذا قلت نعم، تذهب نسخة إلى سجلات خدمتهم. تبقى تلك النسخة هناك بعد انتهاء الوقت، وحتى إذا سحبت هذه المشاركة. لا يمكنك استعادتها.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>للتأكد أنه معك، اكتب ال&amp;مجموعة الأخيرة من الرمز</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>المجموعة الأخيرة من رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>أضعت رمز الاسترداد، أو تخشى أن يكون أحد قد رآه؟ اصنع رمزًا جديدًا. بعد أن تدوّنه، يتوقف الرمز القديم عن فتح هذا الدفتر.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>أضعت رمزك؟ أو رآه أحد؟ اصنع رمزًا جديدًا. دوّنه. عندها يتوقف الرمز القديم عن العمل.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>صنعت رمزًا جديدًا، لكنك لم تتحقق منه بعد، لذا ما زال رمزك القديم يعمل.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>صنعت رمزًا جديدًا. لم تتحقق منه بعد. ما زال رمزك القديم يعمل.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>عبارة المرور، لصنع رمز استرداد جديد</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>اصنع رمز استرداد &amp;جديدًا</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>اصنع رمز استرداد جديدًا</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>جارٍ الانتقال إلى رمزك الجديد… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>جارٍ الانتقال إلى رمزك الجديد…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>هذا رمزك الجديد. دوّنه أو اطبعه، واحتفظ به بعيدًا عن هذا الحاسوب. يبدأ بالعمل عندما تكتب مجموعته الأخيرة في الأسفل؛ وحتى ذلك الحين يبقى رمزك القديم يعمل.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>هذا رمزك الجديد. دوّنه. احتفظ به بأمان. ثم اكتب مجموعته الأخيرة في الأسفل. حتى ذلك الحين يبقى رمزك القديم يعمل.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>تم: رمزك الجديد يفتح هذا الدفتر الآن، والقديم لم يعد يفتحه. احفظ نسخة احتياطية جديدة قريبًا، كي يفتح رمزك الجديد نسخة احتياطية أيضًا.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>تم. رمزك الجديد يعمل الآن. القديم لا يعمل. الآن احفظ نسخة احتياطية جديدة.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>ا&amp;عرض رمزي الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>اعرض رمز الاسترداد الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>احتفظت به &amp;بأمان</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>احتفظت برمز الاسترداد الجديد بأمان</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>النسخ الاحتياطية التي حفظتها من قبل ما زالت لا تُفتح إلا بالرمز القديم، لذا احفظ نسخة احتياطية جديدة بعد ذلك.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>النسخ الاحتياطية القديمة ما زالت تحتاج إلى الرمز القديم.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>ا&amp;طبعه</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>اطبع رمز الاسترداد</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>اطبع الرمز على ورق. لا يُحفظ شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>رمز الاسترداد: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;رمز الاسترداد&lt;/h2&gt;&lt;p&gt;لـ: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;احتفظ بهذا في مكان آمن. إنه يفتح دفترك إذا نسيت عبارة المرور.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;ردّ…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>اختر ملفًا مشتركًا أولًا.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>رسالة قصيرة لليافع، وما ستفعله، لا يفتحها إلا تطبيقه</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>ذلك الملف مسحوب أو انتهى وقته، فلا يوجد ما تردّ عليه.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>شوركت هذه بعبارة مرور، لا ببطاقتك، لذا لا يستطيع تطبيقه أن يعرف أن الرد جاء منك.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>ردّ على {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>قل ما سمعته، وما ستفعله. سترى بالضبط ما يحمله الرد قبل أن يُحفظ؛ لا يفتحه إلا تطبيق {name}.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>ر&amp;سالتك</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>ما سأفعله، تدوينة تدوينة (إن شئت)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>ما سأفعله بشأن ‘{title}’</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>ال&amp;تالي: تحقّق منه</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>التالي: تحقّق مما يحمله الرد</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>هذا بالضبط ما يحمله الرد</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>ما يحمله الرد</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>ما ي&amp;خرج</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>عودة إلى الكلمات</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>ا&amp;حفظ الرد…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>احفظ الرد كملف</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>موقَّع ببطاقتك ومقفل بحيث لا يفتحه إلا تطبيق {name}. تُسمّى التدوينات برقم يعرفه تطبيقهم، لا بعنوانها أو كلماتها أبدًا.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>إلى: {name} (أرقام بطاقته {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>من: بطاقتك ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>بشأن: ما شاركه في {date}</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>رسالتك:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>ما ستفعله:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>بشأن ‘{title}’: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>ردّ إلى {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>احفظ الرد</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>ردود (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>حُفظ الرد باسم {file}. أعطه لـ {name}؛ في تطبيقه يختار الأشخاص، ثم “افتح إيصالًا أو ردًا…”.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>ردّ {name} على ما شاركته — اقرأ الرد</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>استعد من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>أعد دفترًا من ملف نسخة احتياطية، على هذا الحاسوب أو على حاسوب جديد.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>ا&amp;ختر ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>اختر ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>لم يُختر أي ملف بعد.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>الرمز الذي دوّنته أو طبعته</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة مرور &amp;جديدة</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>ا&amp;ستعد</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>لقد عاد</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>ما زالت قطع الأشخاص الموثوقين لديك تعمل.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>القطع التي مع الأشخاص الموثوقين لديك ما زالت تفتحه.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>قطع الأشخاص الموثوقين لديك لا تعمل الآن. اصنع قطعًا جديدة من الإعدادات.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>القطع التي مع الأشخاص الموثوقين لديك لا تفتح هذه النسخة. اصنع قطعًا جديدة من الإعدادات، ثم الأشخاص الموثوقون.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>ا&amp;حفظ نسخة احتياطية جديدة عندما يُفتح، ليكون لرمزك الجديد نسخة أيضًا</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>احفظ نسخة احتياطية جديدة عندما يُفتح</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>ا&amp;حفظ نسخة احتياطية جديدة الآن</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>احتفظت بالرمز بأمان: ا&amp;فتحه</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>له رمز استرداد جديد، يظهر الآن فقط: إنه يفتح هذا الدفتر. دوّنه أو اطبعه، واحتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>هذا رمزك الجديد. إنه يفتح هذا الدفتر. دوّنه. احتفظ به بأمان.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>عبارة المرور التي اخترتها للتو تفتحه كل يوم.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>عبارة المرور الجديدة تفتحه كل يوم.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>رمزك القديم ما زال يفتح ملف النسخة الاحتياطية الذي استعدت منه، والدفتر على حاسوبك القديم إن كان ما زال هناك. لكن ليس هذا الدفتر.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>الرمز القديم ما زال يفتح النسخة الاحتياطية القديمة. ويفتح أي نسخة على الحاسوب القديم. لكنه لا يفتح هذا الدفتر.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>احتفظت بالرمز بأمان: افتحه</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>نسخ احتياطية ({0});;أي ملف (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>هل ما زال هذا صحيحًا؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>أبقِه</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>أبقِ “{title}” كما هو</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>ما زال صحيحًا. سنسأل مرة أخرى بعد 3 أشهر.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>حدّث</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>حدّث “{title}”</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>أزل التثبيت</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>أزل تثبيت “{title}”</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>أزلها من “ما هو مهم الآن”؛ تبقى في قسمها.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>نسخ سابقة</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ال&amp;نسخ</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>ما قالته هذه النسخة</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>ما &amp;قالته</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>أ&amp;عد هذه النسخة</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>النسخ، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>أعد هذه النسخة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>الآن: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>علاماتي التحذيرية</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>ما الذي يخبرك أن الأمور بدأت تصعب؟ أفكار، مشاعر، أشياء تلاحظ أنك تفعلها.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>أشياء أستطيع فعلها بنفسي</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>ما الذي يساعدك على أن تشعر بتحسن قليل وحدك، ولو لبضع دقائق؟</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>أشخاص وأماكن تشغل بالي عن ذلك</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>من أو أين يساعدك على التفكير في شيء آخر لبعض الوقت؟</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>أشخاص أستطيع أن أطلب منهم المساعدة</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>مع من تستطيع أن تتحدث عندما تصعب الأمور؟ أضف كيف تصل إليهم إن شئت.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>مختصون وخطوط مساعدة</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>بأي عاملين أو خدمات يمكنك التواصل؟ الخطوط المجانية في الأعلى موجودة دائمًا أيضًا.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>أن أجعل مكاني أكثر أمانًا</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>ماذا تستطيع أن تفعل لتجعل مكانك أكثر أمانًا الآن؟</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>أسبابي للاستمرار</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>ما الذي يهمّك؟ من أو ما الذي تتطلع إليه؟</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>عندما تصعب الأمور</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>لست مضطرًا لأن تمرّ بهذا وحدك. إذا احتجت إلى أحد الآن، فهؤلاء الأشخاص موجودون من أجلك، مجانًا، ليلًا ونهارًا:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>خطتك، بكلماتك أنت. عندما تصعب الأمور، اتبعها من الأعلى، خطوة خطوة. تُحفظ وأنت تكتب، ويمكنك مشاركة أي خطوة، مثل تدويناتك الأخرى.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>مجلدك الرئيسي</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} في مجلدك الرئيسي</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>اكتب كلمة</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>ا&amp;بحث عن</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما وُجد</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>اكتب كلمة للبحث في كل ما كتبته.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>لم يوجد شيء لـ “{text}”. جرّب كلمة أخرى، أو بدايتها فقط.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>وُجدت تدوينة واحدة.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>وُجدت {count} تدوينة أو أكثر، الأفضل أولًا. مرّر للأسفل للمزيد.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>وُجدت {count} تدوينة.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>أضف شيئًا</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>أضف شيئًا إلى {section}</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>اعرض الكل ({count})</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>اعرض الكل ({count}) في {section}</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>→ الرئيسية</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>ارجع إلى الرئيسية</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>أضف شيئًا</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>ال&amp;تدوينات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>التدوينات في {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>أضف شيئًا إلى {section}</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>ال&amp;تدوينات، خطوات الخطة أولًا</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>أرسل اقتراحات</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>ضع علامة على ما تريد إرساله. هم يقررون ما يحتفظون به: لا يتغير شيء في دفترهم إلا إذا أضافوه.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>ملاحظة لهم (يمكنك تركها فارغة)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>مثلًا: أشياء لاحظتها هذا الشهر</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>&amp;ملاحظة لهم</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>جارٍ حفظ الملف</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>ا&amp;حفظ الملف…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>احفظ الاقتراحات كملف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>اسمك، كما سيرونه</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>مثلًا: جو</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>ا&amp;سمك، كما سيرونه</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>اقتراحات أرسلتها من قبل</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>عندما يقررون، يمكنهم حفظ رد لك: افتحه هنا لترى ما حصل لكل اقتراح. يقول ذلك فقط؛ ما غيّروه يبقى عندهم.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>ما أرسلته &amp;من قبل</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>افتح &amp;ردًا…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>افتح ردهم على اقتراحاتك</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>ملف منهم يقول ما حصل لكل اقتراح</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>لا رد بعد</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>أُضيف مع تغييرات</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>لم يُضِف {name} هذا الاقتراح</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>لم تقرر بعد</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(مسودة مُحيت منذ ذلك الحين)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}، إلى {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}، إلى {name}: {what}. لا رد بعد.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>لم يُرسل شيء بعد.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>افتح ردًا</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>ردود (*{0});;أي ملف (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>جارٍ فتح الرد والتحقق منه…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>ردّ {name}. ما حصل لكل اقتراح معروض أدناه.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>مسودات للإرسال</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>المسودات المختارة: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>ال&amp;مسودات</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>لمن هي</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>أضف بطاقة اليافع أولًا (أضف بطاقة اليافع…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>اقتراحات إلى {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>احفظ الاقتراحات</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>اقتراحات (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>حُفظ %n اقتراح لـ {name}. أعطهم الملف.</numerusform>
            <numerusform>حُفظ اقتراح واحد لـ {name}. أعطهم الملف.</numerusform>
            <numerusform>حُفظ اقتراحان لـ {name}. أعطهم الملف.</numerusform>
            <numerusform>حُفظت %n اقتراحات لـ {name}. أعطهم الملف.</numerusform>
            <numerusform>حُفظ %n اقتراحًا لـ {name}. أعطهم الملف.</numerusform>
            <numerusform>حُفظ %n اقتراح لـ {name}. أعطهم الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>إذا لم يضيفوا بطاقتك بعد، أعطهم بطاقتك أيضًا (بطاقتي…). في تطبيقهم يختارون الأشخاص، ثم “أضف بطاقة شخص ما…”؛ ثم الاقتراحات، ثم “افتح اقتراحات…” لفتح هذا الملف.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>قارن الأرقام</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>هذا الملف موقَّع بالبطاقة ذات هذه الأرقام؛ وتقول البطاقة إن اسمها {0}. اطلب من الشخص أن يقرأ الأرقام التي على بطاقته، وجهًا لوجه أو بالهاتف. إذا كانت نفسها، فهذه البطاقة له حقًا.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>أرقام البطاقة:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>إنها &amp;متطابقة، علّمها كمتحقَّق منها</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>إنها متطابقة، علّمها كمتحقَّق منها</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>هذا الملف كامل وموقَّع بالبطاقة ذات الأرقام {numbers} - رأيتها أول مرة في {first}، وتحقّقت منها وجهًا لوجه في {checked}.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>هذا الملف كامل وموقَّع بالبطاقة ذات الأرقام {numbers} - رأيتها أول مرة في {first}، ولم تتحقق منها وجهًا لوجه بعد.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>محجوز، لم يُفتح: يقول هذا الملف إنه من {name}، لكنه موقَّع ببطاقة مختلفة عن بطاقة {name} الذي تعرفه. قارن الأرقام قبل أن تثق به.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>فُتح.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>لا توجد مساحة كافية على هذا الحاسوب لفعل ذلك. لم يضع شيء. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>هذا الملف يُفتح الآن. انتظر حتى ينتهي، ثم انظر مرة أخرى.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>يجري حفظ نسخة احتياطية. حاول مرة أخرى عندما تنتهي.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>من فضلك افتح القفل بعبارة المرور مرة واحدة، ثم جرّب هذا مرة أخرى.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>لاختيار عبارة مرور جديدة من دون القديمة، افتحه برمز الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>عبارة المرور هذه سهلة التخمين. جرّب بضع كلمات معًا.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>تلزم قطعتان، من شخصين مختلفين. قطعة واحدة وحدها لا تفتح شيئًا.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>هذه هي القطعة نفسها مرتين. اطلب من شخص ثانٍ قطعته.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>إحدى هاتين القطعتين من قبل أن تصنع قطعًا جديدة، لذا لم تعد تفتح شيئًا. اطلب من ذلك الشخص القطعة الأحدث.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>هاتان القطعتان لا تخصّان هذا الدفتر. تحقّق لمن القطعة التي مع كل شخص.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>ليس لهذا الدفتر أشخاص موثوقون بعد، لذا لا تستطيع القطع فتحه.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>هذه ليست عبارة المرور الخاصة به ولا رمز الاسترداد، لذا لم يُحذف شيء. من دون أحدهما لا يمكن حذفه من التطبيق.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>هذه لا تفتحه. تحقّق من الكتابة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>يبدو أن أحدًا عبث بملف القفل لهذا الدفتر، لذلك لم يُستخدم.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>ملف القفل لهذا الدفتر تالف أو مفقود. النسخة الاحتياطية تستطيع إعادته.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>صُنع هذا بإصدار أحدث من التطبيق. من فضلك حدّث التطبيق.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>تعذّرت قراءة بيانات هذا الدفتر. ربما هي تالفة.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>يوجد واحد بهذا الاسم على هذا الحاسوب. جرّب اسمًا آخر.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>لا يوجد دفتر بهذا الاسم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>كان مقفلًا. افتح القفل لتتابع.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>توقّف ذلك في منتصفه، ولم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>هذا النوع من الملفات الشخصية لا يستطيع فعل ذلك.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>هذا ليس ملفًا يمكن فتحه (ربما هو مجلد أو جهاز).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>الشخص الذي شارك هذا جعله للقراءة فقط، لذا لا يمكن نسخه إلى السجلات. إذا كان يجب ذلك، اطلب منه أن يشاركه من جديد ويسمح بذلك.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>هذا الملف محجوز: يقول إنه من شخص تعرفه، لكنه موقَّع ببطاقة مختلفة. قارن الأرقام أولًا.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>شوركت هذه بعبارة مرور، لا ببطاقتك، لذا لا يستطيع تطبيقه أن يعرف أن الرد جاء منك. أخبره وجهًا لوجه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>هذا الرد ليس من الشخص الذي شاركت معه، أو ليس عمّا شاركته معه، لذا لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>هذه الملاحظة ليست من الشخص الذي شاركت معه، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>صُنع هذا الملف لشخص آخر، لذلك لا يمكن فتحه هنا.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>هذا الملف غير موقَّع من الشخص الذي صنعه، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>توقيع هذا الملف غير مطابق. ربما تغيّر في الطريق، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>هذا الملف من شخص لم تضف بطاقته، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>انتهى وقت هذا الملف، لذلك لم يعد ممكنًا فتحه.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>الشخص الذي شارك هذا الملف شارك منذ ذلك الحين ملفًا أحدث مكانه. افتح الملف الأحدث بدلًا منه.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>الشخص الذي شارك هذا الملف سحبه، لذلك لا يمكن فتحه.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>هذا الملف أكبر مما يمكن أن يكون عليه ملف مشترك، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>صُنع هذا الملف بإصدار أحدث من التطبيق. من فضلك حدّث التطبيق لتفتحه.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>صُنع هذا الملف بإصدار أقدم من التطبيق. اطلب من الشخص الذي أرسله أن يحدّث التطبيق ويرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>عبارة المرور هذه لا تفتح هذا الملف. تحقّق من الأرقام وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>هذا الملف مقفل بعبارة مرور. اسأل الشخص الذي شاركه.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>هذا الملف يطلب جهدًا لفتحه أكبر بكثير مما يستخدمه التطبيق أبدًا، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>هذا الملف تالف أو تغيّر في الطريق، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>تعذّر فتح هذا الملف، ولم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>هذا الملف ليس نسخة احتياطية، أو هو تالف أو ناقص. لم تتم استعادة شيء.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>صُنعت هذه البطاقة بإصدار أقدم من التطبيق، ولديك بالفعل بطاقة أحدث من هذا الشخص، لذلك لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>هذا ليس ملف بطاقة من هذا التطبيق، أو هو تالف.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>هذا الملف أكبر من أن يُضاف (الحد 50 ميغابايت).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>هذا الملف أكبر من أن يُفتح.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>لم يعد ذلك موجودًا. ربما مُحي.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>هذا من شخص لم تضفه. إذا كنت تثق به، أضف بطاقته أولًا، ثم افتحه مرة أخرى. لم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>هذا ليس اقتراحًا لك، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>هذه ليست ملاحظة عن شيء شاركته، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>هذا الرد ليس من الشخص الذي أرسلت إليه تلك الاقتراحات، أو ليس عنها، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>هذا ليس ردًا على اقتراحاتك، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>صُنعت هذه القطعة لشخص آخر، لذا لم يُحتفظ بها.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>أنت تحتفظ من قبل بقطعة أحدث من هذا الشخص، لذا لم يُحتفظ بهذه القطعة الأقدم.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>رمز الاسترداد هذا لا يفتح هذه النسخة الاحتياطية. استخدم الرمز الذي كان معك عندما حفظت هذه النسخة، وتحقّق من كل مجموعة.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>هذا الملف أكبر مما يمكن أن تكون عليه نسخة احتياطية، لذلك لم تتم استعادة شيء.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>اكتب رمز الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>هذا الرمز قصير جدًا: فيه {0} من أحرفه وأرقامه الـ 28.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>هذا الرمز طويل جدًا: فيه {0} حرفًا ورقمًا، والرمز فيه 28.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>رمز الاسترداد لا يحتوي أبدًا على هذه: {0}. قارن كل حرف بالورقة.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>اكتب كلمات قطعة أولًا.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>في القطعة 20 كلمة، وفي هذه {0}. تحقّق أن كل كلمة موجودة.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>“{0}” ليست من الكلمات التي تستخدمها القطع. قارن تهجئتها بالقطعة.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>إحدى كلمات هذه القطعة مكتوبة خطأ، أو تبادلت كلمتان مكانيهما. اقرأها مرة أخرى.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>شيء في هذا ليس صحيحًا تمامًا: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>تعذّرت قراءة الملف أو حفظه. تحقّق من وجود مساحة ومن أنك تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>حدث خطأ ما. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>حجم النص، الألوان، القفل، عبارة المرور والنسخ الاحتياطي (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>الاسم والمظهر</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>القفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>الأشخاص الموثوقون</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>القطع التي أحتفظ بها</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>ا&amp;حفظ الاسم</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>احفظ الاسم</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>كل من يستخدم هذا الحاسوب يستطيع رؤية هذا الاسم.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>حجم النص بالنسبة المئوية</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>حجم ال&amp;نص</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>قراءة &amp;سهلة: جمل قصيرة ونص أكبر وصور</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>قراءة سهلة</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>حُفظ. أغلق الإعدادات لتراه.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>حُفظ. يتغيّر التطبيق إليها عندما تغلق الإعدادات.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>حُفظ. اسمه الآن {0}.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>حجم النص من {low} % إلى {high} %. وهو الآن {now} %.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>ويقفل أيضًا عندما تضغط “قفل” أو “أخفِ الآن”.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>النسخة الاحتياطية ملف واحد. فيه دفترك كله. رمز الاسترداد يفتحه. احتفظ بالملف بأمان. احتفظ به بعيدًا عن هذا الحاسوب، مثلًا على ذاكرة USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>يقفل من تلقاء نفسه بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>ي&amp;قفل من تلقاء نفسه بعد</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>ويقفل أيضًا فورًا عندما تضغط “قفل” أو “أخفِ الآن” (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;غيّر عبارة المرور</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>يمكنك تغيير عبارة المرور هنا. اكتب العبارة التي تستخدمها الآن. ثم اكتب عبارة جديدة مرتين.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>جارٍ التغيير…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>تم. استخدم عبارة المرور الجديدة في المرة القادمة.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>النسخة الاحتياطية ملف واحد فيه دفترك كله. رمز الاسترداد يفتحها. احتفظ بها في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>احفظ نسخة &amp;احتياطية…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>احفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>ذكّرني بحفظ نسخة احتياطية بعد هذا العدد من الأيام (0: أبدًا)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;ذكّرني بعد</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>ما هذا</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>أعطه اسمًا</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>جارٍ القفل بأمان… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>قراءة &amp;سهلة: جمل قصيرة ونص أكبر وصور</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>قراءة سهلة</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>احتفظ بما يهمّ عنك في مكان واحد. عندها لا تضطر إلى رواية قصتك من جديد.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>إنه ملكك. لا يُشارَك شيء إلا إذا قلت ذلك.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>يبقى على هذا الحاسوب. إنه مقفل. أنت وحدك تعرف عبارة المرور.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>ملفك الشخصي كمختص</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>ملفك الشخصي كمختص يحفظ الدفاتر التي يشاركها اليافعون معك، لتتمكن من قراءتها وطباعتها.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>أعطِ كل يافع بطاقتك أولًا. ما يشاركونه مصنوع لك وحدك، ويُحذف عندما ينتهي الوقت الذي اختاروه.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>يبقى على هذا الحاسوب، مقفلًا بعبارة مرور لا يعرفها أحد غيرك. لا يُرسل شيء عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>ساعد يافعًا</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>ساعد يافعًا على إبقاء دفتره محدَّثًا: اكتب ما تعرف أنه يساعده، وأرسله كاقتراحات يختار إضافتها.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>هو يقرر. كل اقتراح يمكن إضافته كما هو، أو تغييره، أو تركه. لا يدخل شيء إلى دفتره إلا إذا اختاره.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>تبقى مسوداتك على هذا الحاسوب، مقفلة بعبارة مرور لا يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>هذا ليس خدمة طوارئ. إذا احتجت أنت أو اليافع إلى مساعدة الآن، اتصل بـ Samaritans على 116 123 أو أرسل SHOUT في رسالة إلى 85258. في حالة طارئة، اتصل بـ 999.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>مكان لك</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>احتفظ بما يهمّ عنك في مكان واحد: من أنت، وبماذا تتميز، وما الذي يساعدك، ومن يهمّك. عندها لا تضطر إلى رواية قصتك من جديد كلما تغيّر شيء.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>إنه ملكك. لا يُشارَك شيء إلا إذا اخترت مشاركته.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>يبقى على هذا الحاسوب، مقفلًا بعبارة مرور لا يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>كل من يستخدم هذا الحاسوب يستطيع رؤية هذا الاسم. لا داعي أن يقول ما في داخله.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>اختر اسمًا تشعر أنه لك. يمكنك تغييره لاحقًا.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>تراه الآن فقط. إذا أضعت عبارة المرور وهذا الرمز، لا أحد يستطيع فتحه. ولا حتى نحن. يستطيع أشخاص تثق بهم مساعدتك على الدخول من جديد: اخترهم لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>هذه هي المرة الوحيدة التي يُعرض فيها. إذا أضعت عبارة المرور وهذا الرمز معًا، لا أحد يستطيع فتح دفترك، ولا حتى نحن، إلا إذا أعددت أشخاصًا موثوقين (الإعدادات، ثم الأشخاص الموثوقون): اثنان منهم يستطيعان مساعدتك على الدخول من جديد.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>مثلًا: قصتي</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>أفكار:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>قصتي</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>كل شيء عني</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>الدفتر الأزرق</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>استخدم الاسم {0}</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>هذا التطبيق ليس لحالات الطوارئ. تحتاج إلى مساعدة الآن؟ هؤلاء موجودون مجانًا، ليلًا ونهارًا:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>هذا ليس خدمة طوارئ. إذا احتجت إلى مساعدة الآن، فهؤلاء موجودون مجانًا، ليلًا ونهارًا:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>كل من يستخدم هذا الحاسوب يستطيع رؤية هذا الاسم، لذلك يمكن أن يكون تمويهًا: لا داعي أن يقول ما في داخله.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>يظهر هذا الاسم في القائمة على هذا الحاسوب. يمكنك تغييره لاحقًا.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>مختص</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>متابعة الحالات</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>مثلًا: العمل</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>كل من يستخدم هذا الحاسوب يستطيع رؤية هذا الاسم.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>ملاحظات البيت</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>مثلًا: مساعدة</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>كل من يستخدم هذا الحاسوب يستطيع رؤية هذا الاسم، لذلك من الأفضل ألا تستخدم اسم اليافع.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>هذه تفتحه. بضع كلمات تتذكرها ولا يخمّنها غيرك تنجح جيدًا، مثل “إبريق بنفسجي يوم الثلاثاء”.</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>هذه تفتحه. استخدم بضع كلمات تتذكرها. مثلًا: إبريق بنفسجي يوم الثلاثاء.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>إذا نسيت عبارة المرور يومًا، فهذا الرمز يفتحه بدلًا منها. دوّنه أو اطبعه، واحتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>نسيت عبارة المرور؟ هذا الرمز يفتحه بدلًا منها. دوّنه. احتفظ به في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>هذه هي المرة الوحيدة التي يُعرض فيها. إذا أضعت عبارة المرور وهذا الرمز معًا، لا أحد يستطيع فتح هذا الملف الشخصي أو ما شوركه معك، ولا حتى نحن.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>هذه هي المرة الوحيدة التي يُعرض فيها. إذا أضعت عبارة المرور وهذا الرمز معًا، لا أحد يستطيع فتح هذا الملف الشخصي أو مسوداتك، ولا حتى نحن.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>ا&amp;صنعه</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>احتفظت به، &amp;ابدأ</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>حلّت محله نسخة أحدث</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}؛ فتحوها في {1}</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}؛ ردّوا في {1}</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>تاريخ المشاركة</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>تدوينة مُحيت منذ ذلك الحين</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>إلى {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>الردود على هذه المشاركة</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>ردّ {name} في {date}</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>ما سيفعله {name} بشأن ‘{title}’: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>شارك</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>ماذا تريد أن تشارك؟</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>اختر كل تدويناتي ال&amp;مهمة الآن</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>اختر كل تدويناتي المهمة الآن</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>ا&amp;مسح اختياري</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>امسح اختياري</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>ال&amp;تدوينات، حسب القسم</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>تدوينات للمشاركة</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>لم يُختر شيء بعد.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>صورة: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>صوت: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>ملف: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>لمن هو؟</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>شخص لديّ &amp;بطاقته</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>شخص لديّ بطاقته</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>شخص &amp;ليست لديه بطاقة التطبيق</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>شخص ليست لديه بطاقة التطبيق</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>أشخاص لديك بطاقاتهم</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>لم تضف بطاقة أحد بعد. أضف واحدة من صفحة الأشخاص، أو شارك مع شخص ليست لديه بطاقة التطبيق.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>ا&amp;سمه</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>ا&amp;سمك، كما سيرونه</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>اسمه</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>ضع علامة على ما تريد مشاركته. لا يذهب شيء غيره.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>لا يُختار شيء حتى تضع عليه علامة. الصور والأصوات تذهب مع تدوينتها إلا إذا أزلت علامتها.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(مهم الآن)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>ضع ما يجب أن يعرفه الناس &amp;أولًا في الأعلى</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>ما يجب أن يعرفه الناس أولًا: اكتبه في الرئيسية لتشاركه</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>شارك ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>اختيرت %n تدوينة.</numerusform>
            <numerusform>اختيرت تدوينة واحدة.</numerusform>
            <numerusform>اختيرت تدوينتان.</numerusform>
            <numerusform>اختيرت %n تدوينات.</numerusform>
            <numerusform>اختيرت %n تدوينة.</numerusform>
            <numerusform>اختيرت %n تدوينة.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>ليست لديك بطاقات بعد. أضف واحدة من صفحة الأشخاص.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>مثلًا: الأستاذة غرين في المدرسة</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>يصنع التطبيق عبارة مرور للملف. قلها لهم. لا ترسلها أبدًا مع الملف.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>سيصنع التطبيق عبارة مرور للملف. تقولها لهم بصوتك، وجهًا لوجه أو بالهاتف، وليس أبدًا في الرسالة نفسها التي فيها الملف.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>لم تتحقق من أرقام البطاقة مع {0} بعد. ما زال بإمكانك المشاركة. لكن الأفضل أن تتحقق من الأرقام معهم أولًا. افعل ذلك في صفحة الأشخاص.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>لم تقارن أرقام البطاقة مع {0} بعد. ما زال بإمكانك المشاركة، لكن إن استطعت، تحقّق من الأرقام معهم أولًا (في صفحة الأشخاص).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>لأي مدة؟</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>لماذا تشاركه؟</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>لأي مدة، ولماذا؟</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>عندما ينتهي الوقت، يحذفه تطبيقهم.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>&amp;شهر واحد</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>أ&amp;سبوع واحد</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 أشهر</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>حتى &amp;تاريخ:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>حتى هذا التاريخ</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;لماذا؟ سيرون هذا.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;لماذا تشاركه؟ سيرون هذا.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>لماذا تشاركه</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>مثلًا: الانتقال إلى مدرسة جديدة</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>اسمك، كما سيرونه</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>معاينة الملف المشترك</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>هذا بالضبط ما سيراه {0}</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>هذا يحلّ محل ما شاركته مع {0} في {1}. عندما يفتحون هذا، يحذف تطبيقهم القديم.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>هذا يحلّ محل ما شاركته مع {0} في {1}. يحذف تطبيقهم ذلك عندما يفتحون هذا.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>في المرة السابقة، ذهب “ما يجب أن يعرفه الناس أولًا” إلى {0}. لن يذهب هذه المرة، إلا إذا وضعت عليه علامة.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>في المرة السابقة، ذهب “ما يجب أن يعرفه الناس أولًا” إلى {0}. إنه فارغ الآن. لذا لن يذهب هذه المرة.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>“ما يجب أن يعرفه الناس أولًا” ذهب مع آخر مشاركة لك إلى {0}. لن يذهب مع هذه إلا إذا وضعت عليه علامة.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>“ما يجب أن يعرفه الناس أولًا” ذهب مع آخر مشاركة لك إلى {0}. إنه فارغ الآن، لذا لن يذهب مع هذه.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>جديد: ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>تغيّر: ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>لم يعد مشتركًا: ما يجب أن يعرفه الناس أولًا</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>جديد: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>تغيّر: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>لم تعد مشتركة: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
            <numerusform>لم تعد مشتركة: %n حذفتها</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>لم يتغير شيء منذ آخر مرة شاركت فيها مع {0} في {1}.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>منذ آخر مرة شاركت فيها مع {0} في {1}: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>جارٍ حفظ الملف</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>عبارة المرور. اقرأها لهم بصوتك:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>إلى {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>احفظ الملف المشترك</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>ملفات مشتركة (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n تدوينة</numerusform>
            <numerusform>تدوينة واحدة</numerusform>
            <numerusform>تدوينتان</numerusform>
            <numerusform>%n تدوينات</numerusform>
            <numerusform>%n تدوينة</numerusform>
            <numerusform>%n تدوينة</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>حُفظ “{0}”. فيه {1} إلى {2}، حتى نهاية {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>يمكنهم نسخها إلى سجلاتهم؛ تبقى تلك النسخة بعد انتهاء المشاركة.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>أعطهم الملف. لا يُفتح إلا بعبارة المرور أدناه.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>أعطهم الملف، على ذاكرة USB أو بالبريد الإلكتروني. تطبيقهم وحده يستطيع فتحه.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>عبارة المرور: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>حُفظ “{0}”. فيه {1} إلى {2}. يُفتح حتى نهاية {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>يمكنهم نسخها إلى سجلاتهم. تبقى تلك النسخة بعد انتهاء المشاركة.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>أعطهم الملف. استخدم ذاكرة USB أو البريد الإلكتروني. تطبيقهم وحده يستطيع فتحه.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>لم تتم مشاركة شيء.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>ا&amp;عرضه أولًا</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>ا&amp;حفظ الملف…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>الصفحات والإجراءات</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>سجّل صوتًا</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>سجّل صوتك، أو موسيقى، أو أي شيء تحبه. يبقى على هذا الحاسوب، مقفلًا في دفترك، وفقط إذا احتفظت به.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;سجّل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>لم يُعثر على ميكروفون في هذا الحاسوب. ما زال بإمكانك إضافة صوت من ملف.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>ا&amp;حتفظ بهذا الصوت</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>احتفظ بهذا الصوت</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ت&amp;خلّص منه</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>تخلّص من هذا الصوت</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>لا يمكن استخدام الميكروفون الآن. تأكّد أنه موصول، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>هذا أطول ما يمكن أن يكون عليه الصوت. استمع إليه، ثم احتفظ به أو تخلّص منه.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>توقّف الميكروفون. ما سُجّل حتى الآن ما زال هنا.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>أوقف التسجيل مؤقتًا</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>&amp;تابع التسجيل</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>تابع التسجيل</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>متوقف مؤقتًا. يمكنك أن تستمع، أو تتابع، أو تحتفظ به، أو تتخلّص منه.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>مستوى الصوت: متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>مستوى الصوت: لا يُسمع شيء</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>مستوى الصوت: هادئ</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>مستوى الصوت: جيد</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>مستوى الصوت: عالٍ جدًا</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>سُجّل {recorded}، وبقي {left}</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>تسجيلك</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>لا يوجد صوت للغة {language} على هذا الحاسوب، لذا لا يمكن قراءة هذا بصوت عالٍ. يمكن إضافة صوت من إعدادات الحاسوب نفسه.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الحاسوب الآن.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>القراءة بصوت عالٍ تحتاج إلى نطق الحاسوب، وهو لا يعمل هنا. على Linux، يوفّره تثبيت speech-dispatcher وespeak-ng.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>عليه علامة.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>بعضها عليه علامة.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>ليس عليه علامة.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>هذه هي التجربة. عبارة المرور الخاصة بها: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>كلماتك محفوظة</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>ما كتبته عندما لم تكن هناك مساحة محفوظ الآن.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>ماذا تحب أن يعرف الناس عنك؟</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>ماذا يحب أن يعرف الناس عنه؟</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>نقاط قوتي</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>ما الذي تجيده؟ ماذا يحب الناس فيك؟</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>ما الذي يجيده؟ ماذا يحب الناس فيه؟</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>ما يساعدني</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>ما الذي يساعدك عندما تشعر بالضغط أو بالحزن؟</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>ما الذي يساعده عندما يشعر بالضغط أو بالحزن؟</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>ما لا يساعدني</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>ما الذي يجعل الأمور أصعب عليك؟</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>ما الذي يجعل الأمور أصعب عليه؟</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>أشخاص يهمّونني</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>من المهم بالنسبة لك؟</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>من المهم بالنسبة له؟</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>ما نجح من قبل</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>ما الذي ساعدك في الماضي؟</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>ما الذي ساعده في الماضي؟</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>عندما تصعب الأمور</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>ماذا يجب أن يفعل الناس عندما تصعب الأمور عليك؟</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>ماذا يجب أن يفعل الناس عندما تصعب الأمور عليه؟</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>آمال وخطط</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>ما الذي تتطلع إليه؟</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>ما الذي يتطلع إليه؟</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>تغييرات قادمة</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>هل هناك شيء على وشك أن يتغيّر، مثل انتقال أو مدرسة جديدة؟</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>هل هناك شيء على وشك أن يتغيّر بالنسبة له، مثل انتقال أو مدرسة جديدة؟</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>غيّره، ثم أضفه</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>غيّر الاقتراح، ثم أضفه</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>اجعله لك</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>اقترحه {name}. غيّر ما تشاء؛ لا يُحفظ إلا ما تضيفه.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>&amp;أضف إلى دفتري</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>أضف إلى دفتري</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>ليس الآن: أبقِه في الانتظار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>ال&amp;كلمات</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;مهم الآن</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>مهم الآن</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>أفكار من أشخاص يساعدونك. لا يدخل شيء إلى دفترك إلا إذا أضفته.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>ا&amp;فتح الاقتراحات…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>افتح ملف اقتراحات</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>جارٍ فتح الملف</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>لا شيء ينتظر. عندما يعطيك شخص يساعدك ملف اقتراحات، افتحه هنا.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>اقتراحات تنتظرك</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>&amp;تنتظرك</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>مُقترح</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>الاقتراح، بجانب ما يتعلق به</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>&amp;أضفه إلى دفتري</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>أضفه إلى دفتري كما هو</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;غيّره، ثم أضفه…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>غيّره، ثم أضفه</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;لا، شكرًا…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>قل لا لهذا الاقتراح</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>لا، شكرًا: اترك هذا الاقتراح</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>لا، شكرًا لـ “{title}”؟ لن يدخل دفترك، ولن يُحفظ هذا الاقتراح هنا.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>لا، شكرًا: لن يدخل “{title}” دفترك.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>أبقِه الآن</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>موجود في دفترك بالفعل</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>لا شيء مثله بعد.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>افتح الاقتراحات</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>اقتراحات (*{0});;أي ملف (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>جارٍ فتح الملف والتحقق منه…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>رأيت بالفعل كل ما في هذا الملف من {name}.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>أرسل {name} اقتراحًا. لا شيء في دفترك حتى تضيفه.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>أرسل {name} اقتراحات ({count}). لا شيء في دفترك حتى تضيفه.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>ملاحظتهم: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>مرفق: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>صورة مرفقة: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>أُضيفت “{title}” إلى {section}.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>أخبر {name} بما قررت…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>أخبر {name} بما قررت</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>من {name}، لـ “{section}”</translation>
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
        <translation>حجم النص {0} بالمئة</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>التدوينات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>لا شيء هنا بعد. ما تكتبه يظهر هنا، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>الأحدث أولًا، حسب وقت حدوثها، أو وقت كتابتها.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>اقفله الآن (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>أخفِ الآن</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>اقفل فورًا واعرض صفحة فارغة (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>تم التحقق من الأرقام</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>لم يُتحقّق من الأرقام بعد</translation>
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
        <translation>ربما تضيع منك يومًا عبارة المرور ورمز الاسترداد. عندها يستطيع أشخاص تثق بهم مساعدتك على الدخول من جديد. اختر ثلاثة من أشخاصك. يحصل كل واحد منهم على قطعة. القطعة ملف صغير. لا يفتحها إلا تطبيقه. قطعتان معًا تعيدانك إلى الداخل. قطعة واحدة وحدها لا تفتح شيئًا.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>إذا أضعت يومًا عبارة المرور ورمز الاسترداد معًا، يستطيع أشخاص تثق بهم مساعدتك على الدخول من جديد. اختر ثلاثة من أشخاصك. يحصل كل واحد منهم على قطعة: ملف صغير لا يفتحه إلا تطبيقه. أي قطعتين معًا تعيدانك إلى الداخل؛ قطعة واحدة وحدها لا تفتح شيئًا.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>ا&amp;ختر ثلاثة أشخاص</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>اختر ثلاثة أشخاص</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>المختارون: {0} من 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>ا&amp;سمك، كما يعرفك أشخاصك الموثوقون</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>اسمك، كما يعرفك أشخاصك الموثوقون</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>كل قطعة تقول لمن هي. لذا تحتاج بطاقتك إلى اسم أولًا. يوضع الاسم على بطاقتك أيضًا (بطاقتي).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>كل قطعة تقول لمن هي، لذا تحتاج بطاقتك إلى اسم أولًا. يوضع الاسم على بطاقتك أيضًا (بطاقتي).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;استخدم هذا الاسم</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>استخدم هذا الاسم</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>أضف أولًا بطاقات الأشخاص الذين تثق بهم. افعل ذلك في صفحة الأشخاص. ثم عد إلى هنا.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>أضف أولًا بطاقات الأشخاص الذين تثق بهم (الأشخاص)، ثم عد إلى هنا.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>ا&amp;صنع قطعهم…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>اصنع قطعهم</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>جارٍ صنع القطع</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>الأشخاص الموثوقون</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>انتقل إلى الأ&amp;شخاص…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>انتقل إلى الأشخاص، لتضيف بطاقات أو تتحقق من أرقامها</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص. بقي أن تضيف %n. أضفها في صفحة الأشخاص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
            <numerusform>تحتاج إلى بطاقات ثلاثة أشخاص: بقي أن تضيف %n في صفحة الأشخاص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة. بقي عليك %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
            <numerusform>ضع علامة على ثلاثة أشخاص في القائمة: بقي عليك %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>ثلاثة أشخاص عليهم علامة.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>حُفظت ثلاثة ملفات في {folder}. أعطِ كل شخص ملفه الخاص. أعطه باليد، أو على ذاكرة USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>حُفظت ثلاثة ملفات في {folder}. أعطِ كل شخص ملفه الخاص (باليد، أو على ذاكرة USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>تحقّق أولًا من أرقام البطاقة مع {0}. افعل ذلك في صفحة الأشخاص، على بطاقتهم. عندها تعرف أن القطعة تذهب إلى الشخص الصحيح.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>تحقّق أولًا من أرقام {0} معه (الأشخاص، ثم بطاقته): لا تكون القطعة آمنة إلا بقدر البطاقة التي تذهب إليها.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>تحقّق أولًا من أرقام هؤلاء الأشخاص معهم (الأشخاص، ثم بطاقة كل منهم): {0}. لا تكون القطعة آمنة إلا بقدر البطاقة التي تذهب إليها.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>القطع التي مع {0} لا تعمل الآن. إنها من قبل أن تستعيد دفترك. ضع علامة على ثلاثة أشخاص في الأسفل لتصنع قطعًا جديدة.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>القطع التي مع {0} تعود إلى ما قبل الاستعادة، ولم تعد تفتح هذا الدفتر. ضع علامة على ثلاثة أشخاص في الأسفل لتصنع قطعًا جديدة.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>ليس لديك أشخاص موثوقون بعد.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>أشخاصك الموثوقون هم {0}. صنعت قطعهم في {1}. إذا صنعت قطعًا جديدة، تتوقف القطع القديمة عن العمل.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>أشخاصك الموثوقون هم {0} (صُنعت القطع في {1}). صنع قطع جديدة يعني أن القطع التي معهم الآن لن تفتح شيئًا.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>اختر مجلدًا للقطع الثلاث</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>يفتحونه في تطبيقهم. يذهبون إلى الإعدادات، ثم “القطع التي أحتفظ بها”.</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>في تطبيقهم يفتحونه من الإعدادات، ثم “القطع التي أحتفظ بها”.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>لم تُكمل صنع رمز جديد. ما زال رمزك القديم يعمل.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>ادخل من جديد بمساعدة الأشخاص ال&amp;موثوقين…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>ادخل من جديد بمساعدة الأشخاص الموثوقين</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ا&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>افتح القفل</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;عودة إلى القائمة</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>عودة إلى القائمة</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>اكتب &amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>الرمز الذي دوّنته أو طبعته</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>استخدم عبارة المرور &amp;بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>اكتب &amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>استخدم رمز الاسترداد &amp;بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>اسحب ما شاركته</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>عندما يفتحه تطبيقهم، يحذف ما شاركته ولن يفتح ذلك الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>لا يصل إليهم من تلقاء نفسه: أعطهم إياه بالطريقة التي أعطيتهم بها الملف الأول.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>لا يستطيع استرجاع ما قرؤوه أو طبعوه أو دوّنوه بالفعل. إذا كان هذا يقلقك، تحدّث معهم أو مع شخص تثق به.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>ا&amp;صنع ملف السحب…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>اصنع ملف السحب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>هذا يصنع ملف سحب صغيرًا لـ {name}، عمّا شاركته في {date} الساعة {time}</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>، “{purpose}”</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} و%n غيرها</numerusform>
            <numerusform>: {titles} وواحدة غيرها</numerusform>
            <numerusform>: {titles} واثنتان غيرهما</numerusform>
            <numerusform>: {titles} و%n غيرها</numerusform>
            <numerusform>: {titles} و%n غيرها</numerusform>
            <numerusform>: {titles} و%n غيرها</numerusform>
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
        <translation>كُتبت مع</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>شخص ساعدك في كتابة هذا. اختر اسمًا أو اكتبه، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>أنا وحدي</translation>
    </message>
</context>
</TS>
