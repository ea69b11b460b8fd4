<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>کارتی کەسێک زیاد بکە</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>ئەو فایلەی کارتە هەڵبژێرە کە پێیان داویت. پاشان ژمارەکان پێکەوە بە دەنگی بەرز بخوێننەوە: ئەگەر وەک یەک بوون، کەس لە ڕێگادا کارتەکەی نەگۆڕیوە.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>فایلی کارتەکە &amp;هەڵبژێرە…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>فایلی کارتەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>ژمارەکانمان بە دەنگی بەرز خوێندەوە و &amp;وەک یەکن</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>ژمارەکانمان بە دەنگی بەرز خوێندەوە و وەک یەکن</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>کارتەکە &amp;زیاد بکە</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>کارتەکە زیاد بکە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارتەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>بە {name} بڵێ چیت بڕیار دا</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>پێیان بڵێ چیت بڕیار دا</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>ئەمە هەموو ئەو شتەیە کە وەڵامەکە دەیڵێت. هیچ ناونیشانێک و هیچ وشەیەکی تۆی تێدا نییە: {name} لە تەنیشت ئەوەی ناردبووی دەیبینێت.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>وەڵامەکە چی دەڵێت</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>وەڵامەکە چی &amp;دەڵێت</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>وەڵامەکە &amp;پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>وەڵامەکە وەک فایل پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>زیادت کرد</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>بە گۆڕانکارییەوە زیادت کرد</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>وتت نا، سوپاس</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>هێشتا بڕیار نەدراوە</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>پێشنیاری {number} لە {date} نێردرا: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>وەڵام بۆ {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>وەڵامەکە پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>وەڵامەکان (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>پاشەکەوت کرا. فایلەکە بدە بە {name}؛ لە بەرنامەکەی خۆیدا «ناردنی پێشنیارەکان…» هەڵدەبژێرێت، پاشان «کردنەوەی وەڵامێک…».</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>وێنە، دەنگ و فایلەکان</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>وێنە، دەنگ یان فایلێک زیاد بکە…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>وێنە، دەنگ یان فایلێک زیاد بکە</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>وێنە و دەنگەکان (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>کۆپییەک پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>وێنەیەک بکێشە…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>وێنەیەک بکێشە</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>دەنگێک تۆمار بکە…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>دەنگێک تۆمار بکە</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>سەرەتا ناونیشانێک زیاد بکە، پاشان دەتوانیت وێنە، دەنگ و فایل زیاد بکەیت.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} زیاد دەکرێت…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} زیاد کرا.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} لاببرێت؟</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>لەم نووسینە لادەبرێت و دەسڕدرێتەوە. ئەمە ناگەڕێتەوە.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>لای ببە</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>بیهێڵەوە</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} لابرا.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>کۆپییەک پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>کۆپییەک بە ناوی {name} پاشەکەوت کرا.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>کۆپییەک پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>کۆپییەکی {name} پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>لابردن…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} لاببە</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>وێنەکە دەکرێتەوە…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>وێنە: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>ئەم وێنەیە پیشان نادرێت، بەڵام بە سەلامەتی هەڵگیراوە.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>وێنەکێشانەکەم، {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>تۆمارەکەم، {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>کەمتر لە 1 کیلۆبایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلۆبایت</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} مێگابایت</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} گیگابایت</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>هاوپێچ</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>لێدان</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>{name} لێبدە</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>دەنگەکان لەسەر ئەم کۆمپیوتەرە لێنادرێن. دەتوانیت کۆپییەک پاشەکەوت بکەیت و لە شوێنێکی تر لێی بدەیت.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>دەکرێتەوە…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>وەستاندن</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>{name} ڕابگرە</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>لێدەدرێت</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>ئەم دەنگە لێرە لێنادرێت. دەتوانیت کۆپییەک پاشەکەوت بکەیت و لە شوێنێکی تر لێی بدەیت.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>کۆپیی یەدەگ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>یەک فایل بە هەموو شتێکی دەفتەرەکەتەوە. واتە وشەکانت، وێنەکان، دەنگەکان، مێژوو و کەسەکان. ئەگەر ئەم لاپتۆپە ون بوو، ئەم فایلە دەفتەرەکەت دەگەڕێنێتەوە.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>یەک فایل بە هەموو شتێکی دەفتەرەکەتەوە: وشەکانت، وێنەکان، دەنگەکان، مێژوو و کەسەکان. ئەگەر ئەم لاپتۆپە ون بوو، دەفتەرەکەت دەگەڕێنێتەوە.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>کۆدی گەڕاندنەوە نوێیەکەت ئەم فایلە دەکاتەوە. لە شوێنێکی سەلامەت، دوور لەم لاپتۆپە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>کۆدی گەڕاندنەوەکەت ئەم فایلە دەکاتەوە. لە شوێنێکی سەلامەت، دوور لەم لاپتۆپە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>کۆپیی یەدەگ پاشەکەوت دەکرێت</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>شوێنی &amp;پاشەکەوتکردن هەڵبژێرە…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>شوێنی پاشەکەوتکردنی کۆپیی یەدەگ هەڵبژێرە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>کۆپیی یەدەگ {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>کۆپییە یەدەگەکان (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>پاشەکەوت دەکرێت… دەتوانیت بەردەوام بیت لە بەکارهێنانی بەرنامەکە.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>بە ناوی {name} لە {folder} پاشەکەوت کرا.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>ماوەیەکە لە دوایین کۆپیی یەدەگتەوە تێپەڕیوە. کۆپیی یەدەگ دەفتەرەکەت دەپارێزێت ئەگەر ئەم لاپتۆپە ون بوو.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>کۆپیی &amp;یەدەگ پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>کۆپیی یەدەگ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ئێستا نا</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>ئێستا نا: جاری داهاتوو بیرم بخەرەوە</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>بیرخستنەوەی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>کۆدی گەڕاندنەوەکەت گۆڕدرا، و ئەو کۆپییە یەدەگانەی پێشتر پاشەکەوتت کردوون تەنها بە کۆدە کۆنەکە دەکرێنەوە. ئێستا کۆپییەکی یەدەگی نوێ پاشەکەوت بکە، بۆ کۆدە نوێیەکەت.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>کۆدی گەڕاندنەوەکەت گۆڕدرا. ئێستا کۆپییەکی یەدەگ پاشەکەوت بکە، تا ئەگەر ئەم لاپتۆپە ون بوو دەفتەرەکەت سەلامەت بێت؛ کۆدە نوێیەکەت دەیکاتەوە.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>کۆدی گەڕاندنەوەکەت گۆڕدرا. کۆپییە یەدەگە کۆنەکانت کۆدە کۆنەکەیان پێویستە. بۆیە ئێستا کۆپییەکی یەدەگی نوێ پاشەکەوت بکە. ئەوە بۆ کۆدە نوێیەکەتە.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>کۆدی گەڕاندنەوەکەت گۆڕدرا. ئێستا کۆپییەکی یەدەگ پاشەکەوت بکە. ئەوسا ئەگەر ئەم لاپتۆپە ون بوو، دەفتەرەکەت سەلامەت دەبێت. کۆدە نوێیەکەت کۆپیی یەدەگەکە دەکاتەوە.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>ماوەیەکە کۆپیی یەدەگت پاشەکەوت نەکردووە. کۆپیی یەدەگ دەفتەرەکەت دەپارێزێت ئەگەر ئەم لاپتۆپە ون بوو.</translation>
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
        <translation>چۆن قسەم لەگەڵ بکەن</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>بەم ناوە بانگم بکەن</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>ئەو ناوەی حەز دەکەیت پێی بانگ بکرێیت</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>تکایە دەربارەی ئەمانە پرسیارم لێ مەکەن</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>بۆ نموونە: پێم بڵێن دواتر چی ڕوو دەدات؛ کاتم بدەنێ بۆ وەڵامدانەوە</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>ئەمانە لە دەفتەرەکەتدا دەمێننەوە. تەنها کاتێک هاوبەش دەکرێن کە لە کاتی هاوبەشکردندا نیشانەیان بکەیت، و ئەو کاتە پێش هەموو شتێکی تر دێن.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>بەم ناوە &amp;بانگم بکەن…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>&amp;تکایە دەربارەی ئەمانە پرسیارم لێ مەکەن…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;چۆن قسەم لەگەڵ بکەن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;پاشەکەوت</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوت</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>وشەکان زۆرن: هەر خانەیەک زۆرترین %n پیت دەگرێت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>خەڵک بە چ ناوێک بانگت بکەن؟ شتێک هەیە حەز بکەیت پرسیاری لێ نەکرێت؟ حەز دەکەیت خەڵک چۆن قسەت لەگەڵ بکەن؟</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>بەم ناوە بانگم بکەن</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>تکایە دەربارەی ئەمانە پرسیارم لێ مەکەن</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>چۆن قسەم لەگەڵ بکەن</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>تەنها کاتێک هاوبەش دەکرێن کە لە کاتی هاوبەشکردندا نیشانەیان بکەیت.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>&amp;بیاننووسە…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;گۆڕین…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>ئەوە بنووسە کە خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>ئەوە بگۆڕە کە خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>بەم ناوە بانگم بکەن</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>تکایە دەربارەی ئەمانە پرسیارم لێ مەکەن</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>چۆن قسەم لەگەڵ بکەن</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>تکایە سەرەتا ئەمە بخوێننەوە</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن: هەر یەکێکیان نیشانە بکە بۆ ئەوەی بچێتە سەرەوە.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>«{0}» بخە سەر پەڕەکە</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>{sender} لەگەڵ {recipient} هاوبەشی کردووە، تا {until} کراوەیە. {sender} ڕێگەی بە {recipient} داوە کۆپییەک لە دۆسیەکانیدا هەڵبگرێت؛ جگە لەوە، تکایە مەیدە بە کەس.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>{sender} لەگەڵ {recipient} هاوبەشی کردووە، تا {until} کراوەیە. تکایە کۆپی مەکە و مەیدە بە کەس.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>بۆ دۆسیە نییە.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>دەتوانن بیخەنە ناو دۆسیەکانیانەوە (کۆپییەکەی ئەوێ دوای کۆتایی هاتنیش دەمێنێتەوە)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>تەنها بۆ خوێندنەوە: بۆ دۆسیە نییە</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} مێگابایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلۆبایت</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(نوێ)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n نوێ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n گۆڕاو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n چیتر هاوبەش نییە</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>لە {0}ەوە هیچ نەگۆڕاوە.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>ئەوەی لە {0}ەوە گۆڕاوە: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>چیتر هاوبەش نییە: %n لە جاری پێشوو</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>ئێستا لە ژێر ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>ئێستا وەک «ئێستا گرنگە» نیشانە کراوە</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>چیتر وەک «ئێستا گرنگە» نیشانە نەکراوە</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>بەروارێکی نوێ بۆ پرسیارکردن کە هێشتا ڕاستە یان نا</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>بەروارێکی نوێ بۆ کاتی ڕوودانی</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>ڕەنگێکی نوێ</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>وێنە، دەنگ یان فایلەکانی گۆڕاون</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>وشە نوێیەکان هێڵیان بەژێردا هاتووە و (نوێ)یان لەسەرە</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>هەندێک وشە لابراون</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>نوێ:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>گۆڕاو:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>ئەو وشانەی هێڵیان بەژێردا هاتووە و دوای هەر یەکێکیان (نوێ) هاتووە، لە {0}ەوە نوێن یان گۆڕاون.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>{0} هاوبەشی کردووە</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ئێستا گرنگە</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>هیچ شتێک لەم فایلەدا وەک «ئێستا گرنگە» نیشانە نەکراوە.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>هەموو ئەوەی هاوبەش کراوە</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>هاوبەشکراوە لەلایەن</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>ئەو ژمارانەی پیشان دەدەن لە تۆوە هاتووە</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>ئەو ژمارانەی پیشان دەدەن لە ئەوانەوە هاتووە</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>هاوبەشکراوە لەگەڵ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>دروستکراوە لە</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>کراوەیە تا</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>کۆتایی {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>بۆچی هاوبەش کرا</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(تێبینی نییە)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>دۆسیەکان</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>نوێ لە {0}ەوە</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>گۆڕاو لە {0}ەوە</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>ڕوویدا {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>دوایین گۆڕانکاری {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>{carer} (سەرپەرشتیار) پێشنیاری کردووە، {owner} گۆڕیویەتی و زیادی کردووە</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>{carer} (سەرپەرشتیار) پێشنیاری کردووە، {owner} زیادی کردووە</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>وێنە: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>وێنەیەک کە پیشان نادرێت: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>دەنگ: {0} ({1})</translation>
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
        <translation>دەربارەی ئەم فایلە</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} پەڕەی {1} لە {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>نوێ: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>گۆڕاو: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>گۆڕاو: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;ژمارەکان بەراورد بکەن…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>ژمارەکان بەراورد بکەن</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>ژمارەکانی کارتەکە لەگەڵ کەسەکە بخوێننەوە؛ ئەگەر وەک یەک بوون، وەک پشکنراو نیشانەی بکەن</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>فایلی هاوبەشکراو</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>فایلێکی هاوبەشکراو لە لیستەکە هەڵبژێرن بۆ ئەوەی لێرە بیخوێننەوە.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>دەنگەکانی ئەم فایلە</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپکردن…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>وەک &amp;PDF پاشەکەوت بکەن…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>وەک PDF پاشەکەوت بکەن</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>{0} هاوبەشی کردووە.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>کارتێک زیاد بکە</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>کارتێک بپشکنە</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>ئایا ئەم کارتە بەڕاستی لە {0}ەوەیە؟ پێکەوە بیپشکنن، ڕووبەڕوو یان بە تەلەفۆن. ژمارەکان بە دەنگی بەرز بخوێننەوە، هەر جارە کۆمەڵەیەکی پێنجی. {0} سەیری ژمارەکانی خۆی دەکات. ئایا هەموو کۆمەڵەکان وەک یەکن؟ کەواتە کارتەکە بەڕاستی هی ئەوانە. کەس لە ڕێگادا نەیگۆڕیوە.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>ئەم ژمارانە لەگەڵ {0} بە دەنگی بەرز بخوێننەوە، ڕووبەڕوو یان بە تەلەفۆن. ئەگەر ژمارەکانی ئەوان هەمان بوون، کارتەکە بەڕاستی هی ئەوانە و کەس لە ڕێگادا نەیگۆڕیوە.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>ژمارەکانمان &amp;بەراورد کرد، وەک پشکنراو نیشانەی بکە</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>ژمارەکانمان بەراورد کرد، وەک پشکنراو نیشانەی بکە</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ئێستا نا</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>زیادی بکە، &amp;دواتر بیپشکنە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>ڕەشنووسەکانتان لێرە دەمێننەوە. تەنها ئەوەی دەینێرن دەگاتە گەنجەکە، و ئەو بڕیار دەدات چی بهێڵێتەوە.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;ناردنی پێشنیارەکان…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>ناردنی پێشنیارەکان</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>ڕەشنووسەکان هەڵبژێرن و وەک فایل بۆ گەنجەکە پاشەکەوتیان بکەن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>&amp;کارتی گەنجەکە زیاد بکەن…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>کارتی گەنجەکە زیاد بکەن</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>&amp;کارتەکەم…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>کارتەکەم</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>کارتەکەتان، بۆ ئەوەی گەنجەکە زیادی بکات، تا بزانێت پێشنیارەکان بەڕاستی لە ئێوەوەن</translation>
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
        <translation>ژمارەکان پشکنراون</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>ژمارەکان هێشتا نەپشکنراون</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>بە وشەی نهێنی هاوبەش کراوە (بێ کارت)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>کەسانێک کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت</translation>
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
        <translation>پەیوەندی بکە بە 116 123</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>وشەی SHOUT بنێرە بۆ 85258</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (تا تەمەنی 19)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>پەیوەندی بکە بە 0800 1111</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS، کاتێک پەلەیە بەڵام فریاکەوتن نییە</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>پەیوەندی بکە بە 111</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>لە کاتی فریاکەوتندا</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>پەیوەندی بکە بە 999</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>کەسانێک کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>ئەگەر ئێستا پێویستت بە کەسێک هەیە قسەی لەگەڵ بکەیت</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>ئەم کەسانە بۆ تۆ هەن، بەخۆڕایی، شەو و ڕۆژ:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>«{0}» بۆ هەمیشە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>بۆ هەمیشە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>هەموو ئەوەی تێیدایە لەم کۆمپیوتەرە دەسڕدرێتەوە: هەموو نووسینێک، وێنەیەک و دەنگێک، و هەموو ئەوەی هاوبەشت کردووە یان وەرتگرتووە. ئەمە ناگەڕێتەوە. تەنها کۆپییەکی یەدەگ، ئەگەر پاشەکەوت کرابێت، دەتوانێت بیگەڕێنێتەوە.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>تەنها خاوەنەکەی دەتوانێت بیسڕێتەوە: وشەی نهێنی یان کۆدی گەڕاندنەوەکەی بنووسە. بەبێ یەکێک لەم دووانە ناتوانرێت لە بەرنامەکەدا بسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>&amp;وشەی نهێنی یان کۆدی گەڕاندنەوەکەی:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>وشەی نهێنی یان کۆدی گەڕاندنەوەکەی</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>دەپشکنرێت</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>بۆ هەمیشە &amp;بیسڕەوە</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>بۆ هەمیشە بیسڕەوە</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;بیهێڵەوە</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>بیهێڵەوە</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>دەپشکنرێت…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>کارتی گەنجەکە زیاد بکەن (کارتی گەنجەکە زیاد بکەن…) بۆ ئەوەی دیار بێت ئەم ڕەشنووسانە بۆ دەفتەری کێن.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>ڕەشنووسەکان بۆ {name}. هەر {name} خۆی بڕیار دەدات چی بچێتە ناو دەفتەرەکەیەوە.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>کارتی {name} زیاد کرا و ژمارەکانی پشکنران. ئێستا دەتوانن پێشنیار بۆ {name} بنێرن.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>کارتی {name} زیاد کرا. هەر کاتێک توانیتان ژمارەکانی لەگەڵ {name} بپشکنن؛ ئێستا دەتوانن پێشنیار بنێرن.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>وێنەیەک بکێشە</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>پەڕەی وێنەکێشان</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>کلیلەکانی تیر خاچەکە دەجووڵێنن؛ Space قەڵەمەکە دادەنێت یان هەڵیدەگرێت؛ Shift لەگەڵ تیرێک دوورتری دەبات.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>باریک</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>قەڵەمی باریک</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>قەڵەمی مامناوەند</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>ئەستوور</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>قەڵەمی ئەستوور</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>ڕەش</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>سوور</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>پرتەقاڵی</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>زەرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سەوز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>شین</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>مۆر</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>قاوەیی</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>سڕەرەوە</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>دوایین هێڵ بگەڕێنەوە (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>پەڕەکە &amp;پاک بکەرەوە</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>پەڕەکە پاک بکەرەوە</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>ئەم وێنەیە &amp;هەڵبگرە</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>ئەم وێنەیە هەڵبگرە</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>هەڵی &amp;مەگرە</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>ئەم وێنەیە هەڵمەگرە</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;قەڵەم:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;ڕەنگ:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>تەختەکلیل: بە Tab بڕۆ بۆ پەڕەکە، پاشان تیرەکان خاچەکە دەجووڵێنن و Space قەڵەمەکە دادەنێت یان هەڵیدەگرێت.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>هەڵبژێردراو</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>وێنە: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>ئێستا گرنگە</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>وێنەی تێدایە</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>دەنگی تێدایە</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>فایلی تێدایە</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>«{title}» بکەرەوە</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>سوور</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>پرتەقاڵی</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>زەرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سەوز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>شین</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>مۆر</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>پەمەیی</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بێ ڕەنگ</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>ڕەنگێکی خۆت</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>ئێستا گرنگە</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>و {0}ی تر</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>→ گەڕانەوە</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>گەڕانەوە (Esc). وشەکانت پاشەکەوت کراون.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>وەشانە پێشووەکان…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>وەشانە پێشووەکان</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>بۆ هەمیشە بیسڕەوە…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>بۆ هەمیشە بیسڕەوە</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>ئەم نووسینە</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>چەند وشەیەک بۆ دۆزینەوەی</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ناونیشان</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>وشەکانت</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>هێندەی دەتەوێت بنووسە، کەم یان زۆر.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>&amp;وشەکانت</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;ئێستا گرنگە: یەکەم جار لە ماڵەوە پیشانی بدە</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ئێستا گرنگە</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>بپرسە کە هێشتا ڕاستە یان نا، &amp;لە</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>لێم بپرسە کە هێشتا ڕاستە یان نا، &amp;لە</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>&amp;بەش</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>&amp;نووسراوە لەگەڵ</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>بەرواری پرسیارکردن کە هێشتا ڕاستە یان نا</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>بەرواری ڕوودانی</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>&amp;کەی ڕوویدا</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>ڕەنگ</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;ڕەنگ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>پاشەکەوت نەکرا: ئەمە زۆر درێژە. هەوڵ بدە بیکەیت بە دوو نووسین.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>هێشتا پاشەکەوت نەکراوە: هیچ شوێنێک لەسەر ئەم کۆمپیوتەرە نەماوە. وشەکانت هێشتا لێرەن و هەر کە شوێن هەبوو پاشەکەوت دەکرێن.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>هێشتا پاشەکەوت نەکراوە: ناونیشانێک زیاد بکە</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>پاشەکەوت کرا. یەکەم وشەکان ناونیشانیەتی تا ناونیشانێک زیاد دەکەیت.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>پاشەکەوت کرا</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>وەشانە پێشووەکە گەڕایەوە. وشە دواترەکانت لە مێژووەکەیدا هەڵگیراون.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>«{title}» بۆ هەمیشە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>ئەمە نووسینەکە، هەموو وەشانە پێشووەکانی و وێنە، دەنگ و فایلەکانی لادەبات. ناگەڕێتەوە.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>بیهێڵەوە</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>{name} پێشنیاری کردووە</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>{name} ئەمەی پێشنیار کرد؛ پێش ئەوەی لە {day} زیادی بکەیت گۆڕیت.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>{name} ئەمەی پێشنیار کرد؛ لە {day} زیادت کرد.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>ژمارەکانی کارت: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: پارچەی {1} لە 3، دروستکراو لە {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>کەسێک کە متمانەی پێتە لەوانەیە پارچەیەکت بداتێ. یارمەتی دەدات بگەڕێتەوە ناو دەفتەرەکەی. لێرە هەڵیبگرە. لەوانەیە ڕۆژێک پێویستی پێی بێت. ئەوسا وشەکانی پیشانی بدە. بە کەسی تری پیشان مەدە.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>کەسێک کە متمانەی پێتە لەوانەیە پارچەیەک لە ڕێگای گەڕانەوەی خۆی بۆ ژوورەوە بداتە تۆ. لێرە هەڵیبگرە. ئەگەر ڕۆژێک پێویستی پێی بوو، وشەکانی تەنها بە خۆی پیشان بدە، نەک بە کەسی تر.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;ئەو پارچانەی هەڵیاندەگریت</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>ئەو پارچانەی هەڵیاندەگریت</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>هیچ پارچەیەک بۆ هیچ کەسێک هەڵناگریت.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>پارچەیەک لە فایلێکەوە &amp;هەڵبگرە…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>پارچەیەک لە فایلێکەوە هەڵبگرە</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>وشەکانی &amp;پیشان بدە…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>وشەکانی پارچە هەڵبژێردراوەکە پیشان بدە</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>ئەو فایلە &amp;بسڕەوە…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>ئەو فایلە بسڕەوە کە پارچەکەی لێ هەڵگیرا</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>پارچەیەک هەڵبگرە</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>پارچەکان (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>ئێستا پارچەی {0} لای تۆیە. ئەمە پارچەی {1} لە 3 پارچەیە. تەنها کاتێک پیشانی بدە کە {0} داوای دەکات. چیتر پێویستت بە فایلەکە نییە. بیسڕەوە، تا کەسێکی تر نەیدۆزێتەوە.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>پارچەی {0}، {1} لە 3، هەڵگیرا. تەنها کاتێک پیشانی بدە کە {0} داوای دەکات. ئەو فایلەی لێیەوە هات چیتر پێویست نییە: بیسڕەوە، تا کەسێکی تر نەیدۆزێتەوە.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>فایلی پارچەکە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>پارچەکە لێرە هەڵگیراوە، بۆیە فایلی {0} پێویست نییە. لەو شوێنەی هەیە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>بیسڕەوە</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>فایلەکە بهێڵەوە</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>فایلەکە سڕایەوە. پارچەکە لێرە هەڵگیراوە.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>ژمارەکان بەراورد بکەن</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>ئەم فایلە دەڵێت لە {0}ەوەیە، بەڵام بە کارتێک واژۆ کراوە کە پێشتر نەتبینیوە. هەر کەسێک دەتوانێت ناوێک لەسەر کارتێک دابنێت، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>داوا لە {0} بکە ژمارەکانی کارتەکەی بخوێنێتەوە، ڕووبەڕوو یان بە تەلەفۆن، و بەراوردیان بکە لەگەڵ ئەمانە.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>ژمارەکانی ئەو کارتەی ئەم فایلەی واژۆ کردووە:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>ژمارەکانی ئەو {0}ـەی دەیناسیت، یەکەم جار لە {1} بینراوە:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;بیسڕەوە</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>بیسڕەوە</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>کەسێکی &amp;ترە: بیهێڵەوە</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>کەسێکی ترە: بیهێڵەوە</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>ژمارەکانیان لەگەڵ ئەم کارتە وەک یەکن: وەک کەسێکی جیاواز تۆماری بکە</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ئێستا نا</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ئێستا نا</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>دەڵێت لە {name}ەوەیە، لە {day} وەرگیراوە: کارتێکی جیاواز، ڕاگیراوە</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>&amp;ڕاگیراو: نەکراوەتەوە</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>ئەمانە دەڵێن لە کەسێکەوەن کە دەیناسیت، بەڵام بە کارتێکی جیاواز واژۆ کراون. هەر کەسێک دەتوانێت ناوێک لەسەر کارتێک دابنێت. پێش ئەوەی متمانەیان پێ بکەیت، ژمارەکان لەگەڵ کەسەکە بەراورد بکە.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>فایلە ڕاگیراوەکان</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;ژمارەکان بەراورد بکەن…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>ژمارەکان بەراورد بکەن</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>ژمارەکانی هەردوو کارتەکە ببینە، پاشان فایلەکە بهێڵەوە یان بیسڕەوە</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>سڕایەوە. هیچ شتێک لەوەی ئەو کارتە ناردوویەتی هەڵنەگیراوە.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>وەک هی کەسێکی جیاواز هەڵگیرا کە ئەویش ناوی {0}ـە.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>ئەم پرۆفایلە بۆ چییە و چۆن کار دەکات (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>کەسانێک کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>ئەمە شوێنی تایبەتی خۆتە بۆ هەڵگرتنی ئەوەی لەبارەی تۆوە گرنگە، تا پێویست نەکات چیرۆکەکەت دووبارە بگێڕیتەوە. لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە، قوفڵکراو. هیچ شتێک هاوبەش ناکرێت مەگەر خۆت هەڵیبژێریت.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>ئەگەر ئێستا پێویستت بە کەسێک هەیە قسەی لەگەڵ بکەیت</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>ئەم بەرنامەیە خزمەتگوزاریی فریاکەوتن نییە و کەس ئەوە نابینێت کە لێرە دەینووسیت. ئەم کەسانە بۆ تۆ هەن، بەخۆڕایی، شەو و ڕۆژ:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>هاوبەشکردن</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>کۆپییە یەدەگەکان</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>ڕێکخستنەکان، پاشان کۆپیی یەدەگ، یەک فایل بە هەموو شتێکەوە پاشەکەوت دەکات. لەسەر فلاشێکی USB یان شوێنێک دوور لەم لاپتۆپە هەڵیبگرە. کۆدی گەڕاندنەوەکەت دەیکاتەوە، بۆیە کۆدەکەش بە سەلامەتی هەڵبگرە. لەسەر لاپتۆپێکی نوێ، لە یەکەم پەڕەدا «گەڕاندنەوە لە کۆپیی یەدەگ» هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>کۆدەکەت ون کرد، یان کەسێک بینیی؟ ڕێکخستنەکان، پاشان کۆدی گەڕاندنەوە، کۆدێکی نوێ دروست دەکات: سەرەتا وشەی نهێنییەکەت بنووسە. پاشان دوایین کۆمەڵەی کۆدە نوێیەکە بنووسە، بۆ ئەوەی پیشان بدەیت کە نووسیوتەتەوە؛ تەنها ئەو کاتە جێگەی کۆدە کۆنەکەت دەگرێتەوە (ئەگەر پێش ئەوە قوفڵی بکەیت، کۆدە کۆنەکەت هێشتا کار دەکات). گەڕاندنەوە لە کۆپیی یەدەگیش کۆدێکی نوێت دەداتێ. کۆدە کۆنەکەت هێشتا کۆپییە یەدەگە کۆنەکانت دەکاتەوە، و دەفتەرەکە لەسەر لاپتۆپێکی کۆن، بەڵام ئەم دانەیە نا؛ بۆیە کۆپییەکی یەدەگی نوێ پاشەکەوت بکە.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>ئەگەر وشەی نهێنییەکەت لەبیر چوو</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>«هاوبەشی بکە…» دابگرە، ئەو دوگمەیەی لە ژێر لیستی پەڕەکانە، نووسینەکان نیشانە بکە، و هەڵبژێرە بۆ کێیە. پێش ئەوەی هیچ شتێک پاشەکەوت بکرێت، ڕێک ئەوە دەبینیت کە ئەوان دەیبینن. فایلەکە تەنها لە بەرنامەکەی ئەواندا دەکرێتەوە (یان بە وشەیەکی نهێنی کە بە دەنگ پێیانی دەڵێیت)، و تەنها تا ئەو بەروارەی هەڵتبژاردووە. دواتر دەتوانیت لە پەڕەی کەسەکان وەریبگریتەوە.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>ئەمە شوێنی تایبەتی خۆتە. ئەوەی لەبارەی تۆوە گرنگە لێرە هەڵیدەگریت. ئەوسا پێویست ناکات چیرۆکەکەت دووبارە بگێڕیتەوە. لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە. قوفڵ کراوە. هیچ شتێک هاوبەش ناکرێت مەگەر خۆت هەڵیبژێریت.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>ئەم بەرنامەیە خزمەتگوزاریی فریاکەوتن نییە. کەس ئەوە نابینێت کە لێرە دەینووسیت. ئەم کەسانە بۆ تۆ هەن. بەخۆڕایین. شەو و ڕۆژ هەن:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>دووبارە هاوبەشکردن، و وەڵامەکان</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>ئەگەر دووبارە لەگەڵ هەمان کەس هاوبەش بکەیت، فایلە نوێیەکە جێگەی کۆنەکە دەگرێتەوە: بەرنامەکەی ئەو تەنها نوێترینەکە هەڵدەگرێت، و پیشانی دەدات چی گۆڕاوە. ئەگەر وەڵامی دایەوە، فایلەکەی لە پەڕەی کەسەکان بکەرەوە («پسوولە یان وەڵامێک بکەرەوە…»). نامەکەی، و ئەوەی دەربارەی هەر نووسینێک دەیکات، لە تەنیشت ئەو هاوبەشکردنە لە ژێر «ئەوەی لەگەڵ ئەم کەسە هاوبەشم کردووە» پیشان دەدرێن.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>لە سەرەوەی ماڵەوە دەتوانیت بنووسیت خەڵک بە چی بانگت بکەن، دەربارەی چی پرسیارت لێ نەکەن، و چۆن قسەت لەگەڵ بکەن. کاتێک هاوبەشیان دەکەیت، یەکەم شتن کە کەسەکە دەیخوێنێتەوە.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کاتێک شتەکان قورس دەبن</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>دوگمەی «کاتێک شتەکان قورس دەبن» (Ctrl+Shift+P) پلانی خۆت هەڵدەگرێت، هەنگاو بە هەنگاو، بە وشەکانی خۆت، لەگەڵ ئەو کەسانەی ئێستا دەتوانیت قسەیان لەگەڵ بکەیت. دەتوانیت وەک هەر نووسینێکی تر هاوبەشی بکەیت.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>وێنە، وێنەکێشان و دەنگەکان</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>لە نووسینێکدا دەتوانیت وێنە یان دەنگێک لە فایلێکەوە زیاد بکەیت، وێنەیەک بکێشیت، یان دەنگی خۆت یان مۆسیقا تۆمار بکەیت. لە ناو دەفتەرەکەتدا قوفڵکراو هەڵدەگیرێن، هەرگیز وەک فایلی جیا نا.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>ناساندنی یەک پەڕەییت</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>«ناساندنی یەک پەڕەییم…»، لە ژێر لیستی پەڕەکان، لەو نووسینانەی هەڵیاندەبژێریت یەک پەڕە دەربارەی تۆ دروست دەکات، بۆ چاپکردن یان پاشەکەوتکردن وەک PDF. تەنها ئەوەی هەڵیدەبژێریت دەچێتە سەری.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>کۆدێکی گەڕاندنەوەی نوێ</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>لە پەڕەی کردنەوەی قوفڵ، «لە جیاتی ئەوە کۆدی گەڕاندنەوەکەم بەکاربهێنە» هەڵبژێرە، و ئەو کۆدە بنووسە کە لە کاتی دامەزراندندا نووسیتەوە؛ پاشان وشەیەکی نهێنی نوێ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>ئەگەر کۆدی گەڕاندنەوەکەشت ون کرد</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>کەسانی جێی متمانە دەتوانن یارمەتیت بدەن، ئەگەر پێشتر دیاریت کردبن: لە ڕێکخستنەکان، پاشان کەسانی جێی متمانە، سێ کەس هەڵبژێرە و پارچەی هەر یەکێکیان بدەرێ. پاشان، لە پەڕەی کردنەوەی قوفڵ، «گەڕانەوە بۆ ژوورەوە بە یارمەتی کەسانی جێی متمانە» هەڵبژێرە و ئەو وشانە بنووسە کە دوو کەسیان بۆت دەخوێننەوە. بەبێ وشەی نهێنییەکەت، کۆدی گەڕاندنەوەکەت یان پارچەی دوو کەسی جێی متمانە، کەس ناتوانێت بیکاتەوە.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>هەڵگرتنی پارچەیەک بۆ کەسێک</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>ئەگەر هاوڕێیەک تۆی کردە یەکێک لە کەسانی جێی متمانەی خۆی، پارچەکەی لە ڕێکخستنەکان، پاشان «ئەو پارچانەی هەڵیاندەگرم»، هەڵبگرە. وشەکانی تەنها بە خۆی پیشان بدە، کاتێک داوای دەکات.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>کلیلەکانی تەختەکلیل</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>ئێستا بیشارەوە: دەستبەجێ قوفڵ دەکات و پەڕەیەکی بەتاڵ پیشان دەدات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قوفڵ</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>شتێکی نوێ بنووسە</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ماڵەوە</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>هێڵی کات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پێشنیارەکان</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>شتێک هاوبەش بکە</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>کاتێک شتەکان قورس دەبن: پلانەکەت، و کەسانێک کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>ئەم پەڕەیە یان ئەم نووسینە بە دەنگی بەرز بخوێنەوە؛ Esc ڕایدەگرێت</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>جووڵان لە نێوان شتەکاندا</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>چوونە پێشەوە، گەڕانەوە</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>بە دەنگی بەرز خوێندنەوە و خوێندنەوەی ئاسان</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>بە دەنگی بەرز خوێندنەوە لە ماڵەوە و لە هەر نووسینێکدا هەیە. دەنگی خودی کۆمپیوتەرەکەت بەکاردەهێنێت. هیچ شتێک تۆمار یان پاشەکەوت ناکرێت. خوێندنەوەی ئاسان لە ڕێکخستنەکان، پاشان ناو و ڕووخسار دایە. ڕستەی کورت، دەقی گەورەتر و وێنە دەدات.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>بە دەنگی بەرز خوێندنەوە، لە ماڵەوە و لە هەر نووسینێکدا، دەنگی خودی کۆمپیوتەرەکەت بەکاردەهێنێت؛ هیچ شتێک تۆمار یان پاشەکەوت ناکرێت. لە ڕێکخستنەکان، پاشان ناو و ڕووخسار، خوێندنەوەی ئاسان هەیە: ڕستەی کورت، دەقی گەورەتر و وێنە.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>وێنەکان لە OpenMoji (openmoji.org)ەوەن، بە مۆڵەتی Creative Commons CC BY-SA 4.0 هاوبەش کراون.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>دوگمەی «هاوبەشی بکە…» دابگرە. لە ژێر لیستی پەڕەکانە. ئەو نووسینانە نیشانە بکە کە دەتەوێت هاوبەشیان بکەیت. هەڵبژێرە بۆ کێیە. پێش ئەوەی هیچ شتێک پاشەکەوت بکرێت، ڕێک ئەوە دەبینیت کە ئەوان دەیبینن. فایلەکە تەنها لە بەرنامەکەی ئەواندا دەکرێتەوە. یان بە وشەیەکی نهێنی دەکرێتەوە کە پێیانی دەڵێیت. تەنها تا ئەو بەروارەی هەڵتبژاردووە دەکرێتەوە. دواتر دەتوانیت لە پەڕەی کەسەکان وەریبگریتەوە. واتە لێیان دەسەنیتەوە.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>دەتوانیت دووبارە لەگەڵ هەمان کەس هاوبەش بکەیت. ئەوسا فایلە نوێیەکە جێگەی کۆنەکە دەگرێتەوە. بەرنامەکەی ئەو تەنها نوێترینەکە هەڵدەگرێت. پیشانی دەدات چی گۆڕاوە. لەوانەیە بە فایلێک وەڵام بداتەوە. لە پەڕەی کەسەکان، بە «پسوولە یان وەڵامێک بکەرەوە…»، بیکەرەوە. ئەوسا نامەکەی دەبینیت. دەبینیت دەربارەی هەر نووسینێک چی دەکات. ئەوە لە تەنیشت ئەو هاوبەشکردنەیە، لە ژێر «ئەوەی هاوبەشم کردووە».</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>لە سەرەوەی ماڵەوە دەتوانیت سێ شت بنووسیت. خەڵک بە چی بانگت بکەن. دەربارەی چی پرسیارت لێ نەکەن. چۆن قسەت لەگەڵ بکەن. ئەگەر هاوبەشیان بکەیت، کەسەکە سەرەتا ئەوان دەخوێنێتەوە.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>دوگمەی «کاتێک شتەکان قورس دەبن» دابگرە، یان Ctrl+Shift+P. پلانی خۆت هەڵدەگرێت. پلانەکە هەنگاو بە هەنگاوە، بە وشەکانی خۆت. ئەو کەسانەی تێدایە کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت. دەتوانیت وەک هەر نووسینێکی تر هاوبەشی بکەیت.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>لە نووسینێکدا دەتوانیت وێنە یان دەنگێک لە فایلێکەوە زیاد بکەیت. دەتوانیت وێنەیەک بکێشیت. دەتوانیت دەنگی خۆت یان مۆسیقا تۆمار بکەیت. لە ناو دەفتەرەکەتدا بە قوفڵکراوی دەمێننەوە. هەرگیز وەک فایلی جیا پاشەکەوت ناکرێن.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>«ناساندنی یەک پەڕەییم…» لە ژێر لیستی پەڕەکانە. یەک پەڕە دەربارەی تۆ دروست دەکات. نووسینەکانی خۆت هەڵدەبژێریت. دەتوانیت پەڕەکە چاپ بکەیت یان وەک PDF پاشەکەوتی بکەیت. تەنها ئەوەی هەڵیدەبژێریت دەچێتە سەری.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>بڕۆ بۆ ڕێکخستنەکان، پاشان کۆپیی یەدەگ. یەک فایل بە هەموو شتێکەوە پاشەکەوت دەکات. فایلەکە لەسەر فلاشێکی USB، یان لە شوێنێک دوور لەم لاپتۆپە هەڵبگرە. کۆدی گەڕاندنەوەکەت دەیکاتەوە. بۆیە کۆدەکەش بە سەلامەتی هەڵبگرە. لەسەر لاپتۆپێکی نوێ، لە یەکەم پەڕەدا «گەڕاندنەوە لە کۆپیی یەدەگ» هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>کۆدەکەت ون کرد؟ یان کەسێک بینیی؟ بڕۆ بۆ ڕێکخستنەکان، پاشان کۆدی گەڕاندنەوە. وشەی نهێنییەکەت بنووسە. پاشان کۆدێکی نوێ دروست بکە. پاشان دوایین کۆمەڵەی کۆدە نوێیەکە بنووسە. ئەوە پیشان دەدات کە نووسیوتەتەوە. تەنها ئەو کاتە کۆدە نوێیەکە کار دەکات. گەڕاندنەوە لە کۆپیی یەدەگیش کۆدێکی نوێت دەداتێ. دوای ئەوە، کۆدە کۆنەکەت هێشتا کۆپییە یەدەگە کۆنەکانت دەکاتەوە. لەوانەیە لاپتۆپێکی کۆنیش بکاتەوە. ئەم دانەیە ناکاتەوە. بۆیە کۆپییەکی یەدەگی نوێ پاشەکەوت بکە.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>بڕۆ بۆ پەڕەی کردنەوەی قوفڵ. «لە جیاتی ئەوە کۆدی گەڕاندنەوەکەم بەکاربهێنە» هەڵبژێرە. ئەو کۆدە بنووسە کە لە کاتی دامەزراندندا نووسیتەوە. پاشان وشەیەکی نهێنی نوێ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>کەسانی جێی متمانە دەتوانن یارمەتیت بدەن. بەڵام سەرەتا دەبێت دیارییان بکەیت. بڕۆ بۆ ڕێکخستنەکان، پاشان کەسانی جێی متمانە. سێ کەس هەڵبژێرە. پارچەی هەر یەکێکیان بدەرێ. پاشان، ئەگەر نەتتوانی بچیتە ژوورەوە، بڕۆ بۆ پەڕەی کردنەوەی قوفڵ. «گەڕانەوە بۆ ژوورەوە بە یارمەتی کەسانی جێی متمانە» هەڵبژێرە. دوو کەسیان وشەکانیان بۆت دەخوێننەوە. ئەو وشانە بنووسە. کەس ناتوانێت بەبێ یەکێک لەمانە بیکاتەوە: وشەی نهێنییەکەت، کۆدی گەڕاندنەوەکەت، یان پارچەی دوو کەسی جێی متمانە.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>لەوانەیە هاوڕێیەک تۆ بکاتە یەکێک لە کەسانی جێی متمانەی خۆی. ئەوسا پارچەکەی لە ڕێکخستنەکان، پاشان «ئەو پارچانەی هەڵیاندەگرم»، هەڵبگرە. وشەکانی تەنها بە خۆی پیشان بدە. تەنها کاتێک پیشانی بدە کە داوای دەکات.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>ئەم پرۆفایلە بۆ یارمەتیدانی یەک گەنجە. لێرە پێشنیار دەنووسن بۆ ئەوەی ئەو لە بەرنامەکەی خۆیدا هەڵیدەگرێت. ڕەشنووسەکانتان لێرە، قوفڵکراو، دەمێننەوە تا دەیاننێرن، و گەنجەکە بڕیار دەدات چی بهێڵێتەوە.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>ناردنی پێشنیارەکان</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>هەر پێشنیارێک وەک ڕەشنووس بنووسن (Ctrl+N بۆ یەکێکی نوێ). کاتێک ئامادە بوون، «ناردنی پێشنیارەکان…» هەڵبژێرن، ڕەشنووسەکان نیشانە بکەن و فایلەکە پاشەکەوت بکەن. فایلەکە بدەن بە گەنجەکە: تەنها بەرنامەکەی ئەو دەتوانێت بیکاتەوە. دەتوانێت هەر پێشنیارێک زیاد بکات، بیگۆڕێت یان وازی لێ بهێنێت.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>کارتەکان و پشکنینی ژمارەکان</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>پێش ئەوەی بتوانن بنێرن، کارتی گەنجەکە زیاد بکەن (کارتی گەنجەکە زیاد بکەن…). کارتەکەی خۆشتانی بدەنێ (کارتەکەم…) و پیشانی بدەن چۆن لە پەڕەی کەسەکاندا زیادی بکات، تا بزانێت پێشنیارەکان بەڕاستی لە ئێوەوەن. پاشان ژمارەکانی هەردوو کارت پێکەوە بەراورد بکەن، ڕووبەڕوو یان بە تەلەفۆن. ئەگەر وەک یەک بوون، کارتەکان ڕاستن.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>وەڵامەکەیان</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>کاتێک گەنجەکە بڕیاری دا، بەرنامەکەی دەتوانێت وەڵامێک بۆ ئێوە پاشەکەوت بکات: فایلێکی بچووک کە دەربارەی هەر پێشنیارێک دەڵێت زیادی کرد، بە گۆڕانکارییەوە زیادی کرد، یان وازی لێ هێنا. هەرگیز وشەکانی ئەوی تێدا نییە. «کردنەوەی وەڵامێک…» لە شاشەی سەرەکیتان (یان لە «ناردنی پێشنیارەکان…») هەڵبژێرن و فایلەکە دیاری بکەن؛ پاشان «ناردنی پێشنیارەکان…» پیشان دەدات چی بەسەر هەر یەکێکیاندا هات.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>ئەم پرۆفایلە ئەوە هەڵدەگرێت کە گەنجان هەڵیدەبژێرن لەگەڵ ئێوەی هاوبەش بکەن. هەر فایلێکی هاوبەشکراو تەنها بۆ خوێندنەوەیە، پیشان دەدات کێ و تا کەی هاوبەشی کردووە، و کاتێک کاتەکەی تەواو بوو لێرە دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>کردنەوەی فایلێکی هاوبەشکراو</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>«کردنەوەی فایلێکی هاوبەشکراو…» (Ctrl+O) هەڵبژێرن و ئەو فایلە دیاری بکەن کە گەنجێک پێی داون. پێش ئەوەی هیچ شتێک هەڵبگیرێت دەپشکنرێت. Ctrl+P چاپی دەکات. «پاشەکەوتکردنی پسوولە…» فایلێک دروست دەکات کە بە گەنجەکە دەڵێت ئێوە کردووتانەتەوە. ئەگەر هاوبەشکردنێک وەربگرێتەوە، فایلی وەرگرتنەوەکە بە هەمان شێوە بکەنەوە و لێرە دەسڕدرێتەوە. فایلێکی نوێتر لە هەمان کەس جێگەی پێشووەکە دەگرێتەوە، و پیشان دەدات چی گۆڕاوە.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>تکایە سەرەتا ئەمە بخوێننەوە</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>ئەگەر گەنجەکە نووسیبێتی حەز دەکات چۆن قسەی لەگەڵ بکرێت (بە چی بانگی بکەن، دەربارەی چی پرسیار نەکەن)، لەو بەندەدایە کە «تکایە سەرەتا ئەمە بخوێننەوە»ی لەسەرە، لە سەرووی هەموو ئەوەی هاوبەشی کردووە. پێش ئەوانی تر بیخوێننەوە.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>وەڵامدانەوە</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>«وەڵام…» نامەیەکی کورت لە وەڵامدا دەنووسێت، و ئەگەر حەز بکەن، ئەوەی دەربارەی هەر نووسینێک دەیکەن. ڕێک دەبینن چی دەڕوات، پاشان فایلێک بۆ گەنجەکە پاشەکەوت دەکەن؛ تەنها بەرنامەکەی ئەو دەیکاتەوە. «وەڵام» هەیە تا هاوبەشکردنەکە هێشتا کاراوە و بۆ کارتەکەی ئێوە دروست کراوە.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>تەنها بۆ خوێندنەوە، یان کۆپیکراو بۆ دۆسیە</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>ئەوەی لەگەڵ ئێوە هاوبەش کراوە لێرە تەنها بۆ خوێندنەوەیە. «ناردنە دەرەوە بۆ دۆسیە…» تەنها لەو شوێنانە دەردەکەوێت کە گەنجەکە ڕازی بووە بخرێتە ناو دۆسیەکانی دەزگاکەتانەوە؛ بەڵگەنامەیەکی FHIR بە وشەکانی خۆی پاشەکەوت دەکات. ئەگەرنا، لێرە، تەنها بۆ خوێندنەوە، هەڵیبگرن تا کاتەکەی تەواو دەبێت.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>کارتەکەتان و پشکنینی ژمارەکان</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>گەنجێک دەتوانێت لەگەڵ ئێوە هاوبەش بکات کاتێک کارتەکەتانی هەبێت. «کارتەکەم…» هەڵبژێرن بۆ زیادکردنی ناو، ڕۆڵ و ڕێکخراوەکەتان، و فایلی کارتەکە بۆ ئەو پاشەکەوت بکەن. کاتێک یەکتر دەبینن، ژمارەکانی کارتەکەتان بەراورد بکەن لەگەڵ ئەو ژمارانەی بەرنامەکەی ئەو پیشانی دەدات. ئەگەر وەک یەک بوون، ئەوەی هاوبەشی دەکات تەنها دەگاتە ئێوە.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>قوفڵکردن و شاردنەوە</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>قوفڵ (Ctrl+L) ئەم پرۆفایلە دادەخات تا وشەی نهێنی دووبارە دەنووسرێتەوە. «ئێستا بیشارەوە» (Ctrl+Shift+H) دەستبەجێ قوفڵ دەکات و پەڕەیەکی بەتاڵ پیشان دەدات. کاتێک بەجێ بهێڵدرێت خۆیشی قوفڵ دەبێت؛ ڕێکخستنەکان، پاشان قوفڵکردن، دەڵێت دوای چەند.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>ئەگەر وشەی نهێنیتان لەبیر چوو</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>لە پەڕەی کردنەوەی قوفڵ، «لە جیاتی ئەوە کۆدی گەڕاندنەوەکەم بەکاربهێنە» هەڵبژێرن، و ئەو کۆدە بنووسن کە لە کاتی دامەزراندنی ئەم پرۆفایلەدا نووسیتانەوە؛ پاشان وشەیەکی نهێنی نوێ هەڵبژێرن. بەبێ وشەی نهێنی یان کۆدی گەڕاندنەوە، کەس ناتوانێت بیکاتەوە.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>ئەو پارچانەی هەڵیاندەگرم</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>لەوانەیە گەنجێک ئێوە وەک یەکێک لە سێ کەسی جێی متمانەی هەڵبژێرێت و فایلێکی پارچەتان بداتێ. لە ڕێکخستنەکان، پاشان «ئەو پارچانەی هەڵیاندەگرم»، هەڵیبگرن. ئەگەر ڕێگای چوونە ژوورەوەی ون کرد، کاتێک دڵنیا بوون خۆیەتی، وشەکانی پیشان بدەن؛ پارچەی دوو کەس دەیگەڕێننەوە ژوورەوە. یەک پارچە بە تەنها هیچ ناکاتەوە.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>کۆپییە یەدەگەکان</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>ڕێکخستنەکان، پاشان کۆپیی یەدەگ، یەک فایل بە هەموو شتێکی ئەم پرۆفایلەوە پاشەکەوت دەکات. لە شوێنێک دوور لەم کۆمپیوتەرە هەڵیبگرن. کۆدی گەڕاندنەوە دەیکاتەوە، بۆیە کۆدەکەش بە سەلامەتی هەڵبگرن. لەسەر کۆمپیوتەرێکی نوێ، لە یەکەم پەڕەدا «گەڕاندنەوە لە کۆپیی یەدەگ» هەڵبژێرن.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیلەکان</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: ئەم یارمەتییە. Ctrl+, : ڕێکخستنەکان. Tab و Shift+Tab لە نێوان شتەکاندا دەجووڵێن؛ Enter دەچێتە پێشەوە، Escape پەنجەرەیەک دادەخات.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>ئەوەی ئێستا گرنگە</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>هێشتا هیچ لێرە نییە. ئەوەی لە هەمووی گرنگترە لە سەرەوە بیچەسپێنە. یەکەم جار لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>هێشتا هیچ لێرە نییە. لەسەر نووسینێک «ئێستا گرنگە» نیشانە بکە تا لە سەرەوە بمێنێتەوە.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>ئەم پەڕەیە</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ماڵەوە</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>ئایا ئەمە هێشتا ڕاستە؟</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>وەک خۆی هێڵرایەوە. لە {date} دووبارە دەپرسینەوە.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>لە سەرەوە لابرا. هێشتا لە {section} هەڵگیراوە.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>بۆ کێیە؟</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;من: دەفتەری خۆمە</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>ئەوەی لەبارەی تۆوە گرنگە هەڵبگرە، و کاتێک خۆت ویستت هاوبەشی بکە.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>یارمەتی گەنجێک دەدەم (&amp;سەرپەرشتیار)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>پێشنیار بنووسن کە گەنجەکە بتوانێت وەریبگرێت، بیگۆڕێت یان وازی لێ بهێنێت.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>من &amp;پسپۆڕم</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>کارتەکەتان بدەن بە گەنجان، و ئەوە بخوێننەوە کە لەگەڵتانی هاوبەش دەکەن.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;گەڕانەوە</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;دواتر</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>دواتر</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>گەنج</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>سەرپەرشتیار</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>پسپۆڕ</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}، گەنجێک</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}، سەرپەرشتیارێک</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}، پسپۆڕێک</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>ئەو زمانانەی دەتوانیت هەڵیانبژێریت</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>وەک پەڕەی دەستپێک</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}، هێشتا نەپشکنراوە</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>کۆمپیوتەر دروستی کردووە. هێشتا کەسێک کە بەم زمانە قسە دەکات نەیپشکنیوە، بۆیە لەوانەیە هەندێک وشە هەڵە بن.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>کەسێک کە بەم زمانە قسە دەکات پشکنیویەتی.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>شتێک هەڵە بوو</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>کامەیان هی تۆیە؟</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>&amp;دەفتەرەکانی سەر ئەم کۆمپیوتەرە</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>دەفتەرەکانی سەر ئەم کۆمپیوتەرە</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;بیکەرەوە</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>هەڵبژێردراوەکە بکەرەوە</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>دەفتەرێکی نوێ دروست بکە، یان یەکێک لە کۆپییەکی یەدەگ کە پێشتر پاشەکەوتت کردووە بگەڕێنەوە، بۆ نموونە کاتێک دەچیت بۆ لاپتۆپێکی نوێ.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>دەفتەرێکی &amp;نوێ دروست بکە</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>دەفتەرێکی نوێ دروست بکە</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>گەڕاندنەوە لە &amp;کۆپیی یەدەگ…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>گەڕاندنەوە لە کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;سڕینەوە…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>هەڵبژێردراوەکە بسڕەوە</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>بەخێربێیت</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>«{0}» سڕایەوە.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>نموونە: هیچ شتێک لێرە ڕاستەقینە نییە، و کاتێک بەرنامەکە دادەخەیت دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>کاتێک شتەکان &amp;قورس دەبن</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کاتێک شتەکان قورس دەبن</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>پلانەکەت، و کەسانێک کە ئێستا دەتوانیت قسەیان لەگەڵ بکەیت (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>پەڕەکان</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ماڵەوە</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>هێڵی کات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پێشنیارەکان</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>نووسینەکەت</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;هاوبەشی بکە…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>هاوبەشی بکە</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>نووسینەکان هەڵبژێرە بۆ هاوبەشکردن لەگەڵ کەسێک (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>&amp;ناساندنی یەک پەڕەییم…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>ناساندنی یەک پەڕەیی</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>پەڕەیەک دەربارەی تۆ بۆ چاپکردن یان پاشەکەوتکردن وەک PDF، لەو نووسینانەی هەڵیاندەبژێریت</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>ڕێکخستنەکان (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>نووسینی نوێ</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>کارتەکەم</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>کارتەکەتان ڕێگە دەدات خەڵک بە سەلامەتی لەگەڵتان هاوبەش بکەن. وەک فایل پاشەکەوتی بکەن و بیدەن بەوان. پاشان ژمارەکانی خوارەوە بۆ یەکتر بە دەنگی بەرز بخوێننەوە: ئەگەر وەک یەک بوون، کەس لە ڕێگادا نەیگۆڕیوە.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>ژمارەکانی کارتەکەتان</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>کارتەکەم وەک فایل &amp;پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>کارتەکەم وەک فایل پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>دەربارەی کارتەکەتان</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>ناوتان لەسەر کارتەکە</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>ڕۆڵەکەتان</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>بۆ نموونە: توێژەری کۆمەڵایەتی</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>ڕێکخراوەکەتان</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;ڕۆڵ</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;ڕێکخراو</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>ژمارەکان دەردەکەون کاتێک کارتەکەتان ناوی هەبێت.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>کارتەکەم پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>کارتەکان (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>کارتەکەتان بە ناوی {0} پاشەکەوت کرا. بیدەن بە کەسەکە، پاشان ژمارەکان پێکەوە بە دەنگی بەرز بخوێننەوە.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>هێشتا تێبینی نییە.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>گەڕانەوە بۆ پەڕەی کردنەوەی قوفڵ</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>وشەیەکی نهێنی نوێ هەڵبژێرە</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>کۆدی گەڕاندنەوەکەت کردییەوە. ئێستا وشەیەکی نهێنی نوێ هەڵبژێرە، و لەمەودوا بەوە بیکەرەوە. چەند وشەیەک کە لەبیرت دەمێنێت بەڵام کەسانی تر پێی نازانن باش کار دەکات.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>پارچەکانی کەسانی جێی متمانەت کردیانەوە. ئێستا وشەیەکی نهێنی نوێ هەڵبژێرە، و لە ئێستاوە بەوە بیکەرەوە. چەند وشەیەک کە لەبیرت دەمێنێت بەڵام کەسانی تر پێی نازانن باش کار دەکات.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>وشەی نهێنیی &amp;نوێ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کار دەکرێت</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>بە سەلامەتی قوفڵ دەکرێت… ئەمە کەمێک دەخایەنێت.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>«ئێستا نا» هیچ ناگۆڕێت: وشە نهێنییە کۆنەکەت، ئەگەر بیرت کەوتەوە، هێشتا دەیکاتەوە، هەروەها پارچەکانی کەسانی جێی متمانەت. جاری داهاتوو کە ئەوان دەیکەنەوە، دووبارە لێت دەپرسرێتەوە.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>«ئێستا نا» هیچ ناگۆڕێت: وشە نهێنییە کۆنەکەت، ئەگەر بیرت کەوتەوە، هێشتا دەیکاتەوە، هەروەها کۆدی گەڕاندنەوەکەت. جاری داهاتوو کە کۆدەکە دەیکاتەوە، دووبارە لێت دەپرسرێتەوە.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;ئێستا نا</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ئێستا نا</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>وشەی نهێنیی نوێ &amp;پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>وشەی نهێنیی نوێ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>کۆدی گەڕاندنەوەی نوێت</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>وشەی نهێنیی نوێت پاشەکەوت کرا. ئەو کۆدی گەڕاندنەوەیەی بەکارت هێنا چیتر نایکاتەوە: ئەگەر دووبارە وشەی نهێنییەکەت لەبیر چوو، ئەم کۆدە نوێیە دەیکاتەوە. بینووسەوە یان چاپی بکە، و لە شوێنێکی سەلامەت، دوور لەم کۆمپیوتەرە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>وشە نهێنییە نوێیەکەت پاشەکەوت کرا. کۆدی گەڕاندنەوە کۆنەکەت چیتر نایکاتەوە: ئەم کۆدە نوێیە دەیکاتەوە. بینووسەوە یان چاپی بکە، و لە شوێنێکی سەلامەت، دوور لەم کۆمپیوتەرە، هەڵیبگرە. پارچەکانی کەسانی جێی متمانەت هێشتا کار دەکەن؛ ئەگەر لەوانەیە کەسانی تر بیستبێتیان، لە ڕێکخستنەکان پارچەی نوێ دروست بکە.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>ئەو کۆپییە یەدەگانەی پێشتر پاشەکەوتت کردوون هێشتا کۆدە کۆنەکەیان پێویستە: بەم زووانە کۆپییەکی یەدەگی نوێ پاشەکەوت بکە (ماڵەوە بیرت دەخاتەوە).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>ئەمە تاکە جارە کە پیشان دەدرێت.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>هەڵمگرت، &amp;بەردەوام بە</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>هەڵمگرت، بەردەوام بە</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>دواتر وشەی نهێنی هەڵدەبژێریت؟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>دواتر</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>ئێستا یەکێک هەڵبژێرە</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>بەبێ هەڵگرتنی کۆدە نوێیەکە دابخرێت؟</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>وشەی نهێنیی نوێت پاشەکەوت کراوە، بەڵام کۆدی گەڕاندنەوەی نوێ دووبارە پیشان نادرێتەوە، و کۆنەکە چیتر کار ناکات. دەتوانیت لە ڕێکخستنەکاندا کۆدێکی تر دروست بکەیت.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>بە کراوەیی بیهێڵەوە</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>ناساندنی یەک پەڕەیی</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>ئەو &amp;نووسینانەی دەچنە سەری</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>پەڕەکە وەک ئەوەی چاپ دەکرێت</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>پەڕەیەک دەربارەی تۆ بۆ قوتابخانەیەکی نوێ یان شوێنی نیشتەجێبوونێکی نوێ. ئەوەی دەچێتە سەری نیشانە بکە: تا نیشانەی نەکەیت هیچ شتێکی لەسەر نییە.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>چی دەچێتە سەر پەڕەکە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپکردن…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>وەک &amp;PDF پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>وەک PDF پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>ئەو نووسینانەی دەچنە سەری</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نووسینەکان</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(دەچێتە ژێر «{heading}»)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>لە یەک پەڕەدا جێی دەبێتەوە.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>لە یەک پەڕەدا جێی دەبێتەوە، کەمێک بچووکتر.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>ئەمە زۆرە بۆ یەک پەڕە: وشەکان بچووک چاپ دەکرێن. دەتوانیت نیشانەی هەندێکیان لاببەیت.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>دەربارەی من.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>ئەوەی خەڵک حەزی لێیە لە مندا</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>ئەوەی بۆ من گرنگە</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>باشترین ڕێگای پشتگیریکردنم</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>هەموو شتێک دەربارەی من</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>هەموو شتێک دەربارەی {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>کردنەوەی &amp;وەڵامێک…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>وەڵامەکەیان بۆ پێشنیارەکانتان بکەنەوە</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>فایلێک لە گەنجەکەوە کە دەڵێت چی بەسەر هەر پێشنیارێکدا هات</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>کردنەوەی وەڵامێک</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>وەڵامەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>وەڵامەکە دەکرێتەوە و دەپشکنرێت…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} وەڵامی دایەوە. «ناردنی پێشنیارەکان…» پیشان دەدات چی بەسەر هەر پێشنیارێکدا هات.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>&amp;پسوولە یان وەڵامێک بکەرەوە…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>پسوولە یان وەڵامێک بکەرەوە</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>فایلێک لە کەسێکەوە کە لەگەڵیدا هاوبەشت کردووە: دەڵێت کردوویەتەوە، یان وەڵامەکەی</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>پسوولە و وەڵامەکان (*{0} *{1});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>ئەم وەڵامەی {name}ت پێشتر هەیە. لەگەڵ ئەوەی لە {date} هاوبەشت کرد پیشان دەدرێت.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} وەڵامی ئەوەی دایەوە کە لە {date} هاوبەشت کرد. لەگەڵ ئەو هاوبەشکردنە پیشان دەدرێت.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} لە {date} ئەوەی کردەوە کە هاوبەشت کردبوو.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>وشەی نهێنیی &amp;نوێ</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>وشەی نهێنی دووبارە بنووسەوە</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>ئەوەی دەینووسم پیشانی بدە</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>وشەی نهێنی لە کاتی نووسیندا پیشان بدە</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>یەکێک &amp;پێشنیار بکە</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>وشەیەکی نهێنی پێشنیار بکە</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>هەردوو خانەکە بە چەند وشەیەکی هەڕەمەکی پڕ بکەرەوە، پیشان دەدرێن تا بتوانیت بیاننووسیتەوە</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>بەهێزیی وشەی نهێنی</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دووبارە &amp;بینووسەوە</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>زۆر کورتە: لانیکەم {0} پیت بەکاربهێنە.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>بەهێزی: ئاسانە بۆ مەزەندەکردن.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>بەهێزی: هێشتا زۆر ئاسانە بۆ مەزەندەکردن.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>بەهێزی: بەهێز.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>بەهێزی: زۆر بەهێز.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>ئەمە یەکێکە لەو وشە نهێنییانەی خەڵک یەکەم جار تاقی دەکەنەوە.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>وشە و ناوە باوەکان بە تەنها زوو مەزەندە دەکرێن.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>کلیلە تەنیشت یەکەکان زوو مەزەندە دەکرێن.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>پیت یان وشەی دووبارەکراو کەم شت زیاد دەکەن.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>زنجیرەی وەک abcd یان 1234 زوو مەزەندە دەکرێن.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>بەروار و ساڵەکان زوو مەزەندە دەکرێن.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>چەند وشەیەک پێکەوە تاقی بکەرەوە کە تەنها بۆ تۆ مانایان هەیە، یان «یەکێک پێشنیار بکە» دابگرە.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>لانیکەم {0} پیت. چەند وشەیەک کە لەبیرت دەمێنێت باش کار دەکات.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>هەردووکیان وەک یەکن.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>هەردووکیان هێشتا وەک یەک نین.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>ئەم فایلە وشەی نهێنیی هەیە</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>ئەو کەسەی هاوبەشی کردووە ژمارەکانی پێ وتوویت، لەوانەیە بە تەلەفۆن. لێرە بیاننووسە.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;وشەی نهێنی</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>وشەی نهێنی</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;بیکەرەوە</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>بیکەرەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>کارتی کەسێک &amp;زیاد بکە…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>کارتی کەسێک زیاد بکە</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>کارتەکەم &amp;بدە…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>کارتەکەم بدە</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;کەسەکان</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>ئەو کەسانەی لەگەڵیان هاوبەش دەکەم</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>هێشتا کەس نییە. فایلی کارت لە کەسەکە داوا بکە، پاشان «کارتی کەسێک زیاد بکە…» هەڵبژێرە.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>ژمارەکان &amp;بەراورد بکە…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>ژمارەکانی کارت بەراورد بکە</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;وەرگرتنەوە…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>هاوبەشکردنی هەڵبژێردراو وەربگرەوە</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>هێشتا هیچت لەگەڵیان هاوبەش نەکردووە. بۆ هاوبەشکردن، «هاوبەشی بکە…» دابگرە، ئەو دوگمەیەی لە ژێر لیستی پەڕەکانە؛ ئەوەی هاوبەشی دەکەیت لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>فایلێک دروست بکە کە داوا لە بەرنامەکەیان دەکات ئەوەی هاوبەشت کردووە بیسڕێتەوە</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>ئەوەی &amp;هاوبەشم کردووە</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>ئەوەی لەگەڵ ئەم کەسە هاوبەشم کردووە</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ڕیزەکان</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستوونەکان</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: ئەگەر دەتوانیت، پێش هاوبەشکردن ژمارەکان لەگەڵیان بەراورد بکە.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>بە وشەی نهێنی هاوبەش کراوە</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>ئەو کەسانەی کارتی بەرنامەکەیان نییە، و فایلەکە بە وشەی نهێنی دەکەنەوە.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>هاوبەشکردنێک لە لیستەکەدا هەڵبژێرە بۆ وەرگرتنەوەی.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>هاوبەشکردنێکی نوێتر جێگەی گرتەوە، بۆیە ئەمە پێشتر لە بەرنامەکەیان نەماوە.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>ئەم هاوبەشکردنە پێشتر وەرگیراوەتەوە.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارتەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>{0} زیاد کرا. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>وەرگرتنەوە بۆ {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>فایلی وەرگرتنەوە پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>فایلە هاوبەشکراوەکان (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>وەرگرتنەوەکە بە ناوی «{0}» پاشەکەوت کرا. بیدە بە {1}.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>هەموو %n وشەکە وشەی پارچەن: وا دیارە ئەمە پارچەیەکی تەواوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>تا ئێستا %n وشە لە 20.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>پارچەیەک کە بۆ {0} هەڵگیراوە</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>پارچەی {0}، {1} لە 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>لە کارتەکەی خاوەنی ژمارەکانی {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>ئەم وشانە تەنها بۆ {0} بخوێنەوە، کاتێک دڵنیا بوویت خۆیەتی (ڕووبەڕوو، یان بە پەیوەندییەک کە خۆت کردت بە ژمارەیەک کە پێشتر هەتبوو). پارچەی دوو کەس پێکەوە دەیگەڕێننەوە ژوورەوە.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>وشەی {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپکردن…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>پارچەکە چاپ بکە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>وشەکانی پارچەکە</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>گەڕانەوە بۆ ژوورەوە بە یارمەتی کەسانی جێی متمانە</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>داوا لە دوو کەس لەو کەسانە بکە کە پارچەت پێ داون. هەریەکەیان دەتوانێت پارچەکەی خۆی لە بەرنامەکەی خۆیدا پیشان بدات: 20 وشە. وشەکانی هەر پارچەیەک لە خانەی خۆیدا بنووسە. ژمارەکان و دێڕی نوێ گرنگ نین، و چوار پیتی یەکەمی هەر وشەیەک بەسە.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>پارچەی کەسی یەکەم</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>پارچەی کەسی دووەم</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>پارچەی کەسی &amp;یەکەم</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>پارچەی کەسی &amp;دووەم</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>دەکرێتەوە</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>دەکرێتەوە…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>&amp;بگەڕێوە ژوورەوە</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>بگەڕێوە ژوورەوە</translation>
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
        <translation>لە هەر دێڕێکدا یەک شت</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>&amp;کارتەکەم…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>کارتەکەم</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>ناو، ڕۆڵ و ڕێکخراوەکەتان، و کارتەکەتان بۆ دان بە گەنجان</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;هاوبەشکراو لەگەڵتان</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>فایلە هاوبەشکراوەکان لەگەڵتان</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ڕیزەکان</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستوونەکان</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>هێشتا هیچ لێرە نییە. کاتێک گەنجێک فایلێکی هاوبەشکراوتان پێ دەدات، لێرە بیکەنەوە. سەرەتا کارتەکەتانی بدەنێ (کارتەکەم…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>کردنەوەی &amp;فایلێکی هاوبەشکراو…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>کردنەوەی فایلێکی هاوبەشکراو</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>فایلێکی .wpb بکەنەوە کە گەنجێک پێی داون (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>فایلەکە دەکرێتەوە</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>فایلە هاوبەشکراوەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>فایلەکە دەکرێتەوە و دەپشکنرێت…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} فایلێکی وەرگرتەوە کە هاوبەشی کردبوو. سڕایەوە.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} فایلێکی وەرگرتەوە کە هاوبەشی کردبوو. لێرە نییە، بۆیە هیچ نەسڕایەوە.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>فایلەکە نەکرایەوە.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>نێردرا بۆ چاپکەر.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>وەک PDF پاشەکەوت کرا: {0}</translation>
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
        <translation>خوێندنەوە ڕابگرە</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>خوێندنەوەی بە دەنگی بەرز ڕابگرە</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>خوێندنەوەی بە دەنگی بەرز ڕابگرە (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>بە دەنگی بەرز بخوێنەوە</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>{what} بە دەنگی بەرز بخوێنەوە</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>{what} بە دەنگی بەرز بخوێنەوە (Ctrl+Shift+R). Esc ڕایدەگرێت.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>پاشەکەوتکردنی &amp;پسوولە…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>پاشەکەوتکردنی پسوولە</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>سەرەتا فایلێکی هاوبەشکراو هەڵبژێرن.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>ئەو فایلە وەرگیراوەتەوە یان کاتەکەی تەواو بووە، بۆیە هیچ نییە پسوولەی بۆ بدرێت.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>فایلێکی بچووک بۆ گەنجەکە: پێی دەڵێت ئێوە ئەوەتان کردەوە کە هاوبەشی کردبوو</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>پسوولە بۆ {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>پسوولەکان (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>پسوولەکە بە ناوی {file} پاشەکەوت کرا. بیدەن بە {name}.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>یەکێکی نوێتر جێگەی گرتەوە</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>ئەمڕۆ دوایین ڕۆژە</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>کراوەیە، سبەی کۆتایی دێت</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>کراوەیە، {0} ڕۆژ ماوە</translation>
    </message>
    <message>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>بەرواری هاوبەشکردن</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>کراوەیە تا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دۆخ</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>&amp;ناردنە دەرەوە بۆ دۆسیە…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>ناردنە دەرەوە بۆ دۆسیە</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>وەک بەڵگەنامەیەکی FHIR بۆ دۆسیەکانی خزمەتگوزارییەکەتان پاشەکەوتی بکەن. ئەو کەسەی هاوبەشی کردووە ڕێگەی بەمە داوە؛ کۆپییەکە دوای کۆتایی هاتن یان وەرگرتنەوەی هاوبەشکردنەکەش دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>دۆسیەی ئەوەی {0} هاوبەشی کرد</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>بەڵگەنامەکانی FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>دۆسیەکە پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>بۆ دۆسیە وەک {0} پاشەکەوت کرا، بە وشەکانی {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>هیچ دۆسیەیەک پاشەکەوت نەکرا.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>دەتوانن بیخەنە ناو دۆسیەکانیانەوە؟</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>نەخێر، تەنها دەتوانن &amp;بیخوێننەوە. لەسەری نووسراوە «بۆ دۆسیە نییە».</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>نەخێر، تەنها بۆ &amp;خوێندنەوە: نیشانەکراو بە «بۆ دۆسیە نییە»</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>نەخێر، تەنها بۆ خوێندنەوە</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>بەڵێ، دەتوانن &amp;کۆپیی بکەنە ناو دۆسیەکانیانەوە</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>بەڵێ، دەتوانن کۆپیی بکەنە ناو دۆسیەکانیانەوە</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>دۆسیەکان ئەو تێبینییانەن کە خزمەتگوزارییەکەیان هەڵیاندەگرێت، بۆ نموونە قوتابخانەکەیان یان تیمەکەیان. ئەگەر بڵێیت بەڵێ، کۆپییەک دەچێتە ناو ئەو تێبینییانەوە. کۆپییەکە دوای تەواوبوونی کاتەکە لەوێ دەمێنێتەوە. تەنانەت ئەگەر ئەم هاوبەشکردنە وەربگریتەوە، هەر لەوێ دەمێنێتەوە. ناتوانیت کۆپییەکە بگەڕێنیتەوە.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>ئەگەر بڵێیت بەڵێ، کۆپییەک دەچێتە ناو دۆسیەکانی خزمەتگوزارییەکەیانەوە. ئەو کۆپییە دوای تەواوبوونی کاتەکە، و تەنانەت ئەگەر ئەم هاوبەشکردنە وەربگریتەوە، لەوێ دەمێنێتەوە. ناتوانیت بیگەڕێنیتەوە.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>بۆ دڵنیابوون کە لات هەیە، &amp;دوایین کۆمەڵەی کۆدەکە بنووسە</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>دوایین کۆمەڵەی کۆدی گەڕاندنەوە</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>کۆدی گەڕاندنەوەکەت ون کردووە، یان نیگەرانیت کەسێک بینیبێتی؟ کۆدێکی نوێ دروست بکە. کاتێک نووسیتەوە، کۆدە کۆنەکە چیتر ئەم دەفتەرە ناکاتەوە.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>کۆدەکەت ون کرد؟ یان کەسێک بینیی؟ کۆدێکی نوێ دروست بکە. بینووسەوە. پاشان کۆدە کۆنەکە چیتر کار ناکات.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>کۆدێکی نوێت دروست کرد، بەڵام هێشتا نەتپشکنیوە، بۆیە کۆدە کۆنەکەت هێشتا کار دەکات.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>کۆدێکی نوێت دروست کرد. هێشتا نەتپشکنیوە. کۆدە کۆنەکەت هێشتا کار دەکات.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>وشەی نهێنییەکەت، بۆ دروستکردنی کۆدی گەڕاندنەوەی نوێ</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>وشەی &amp;نهێنییەکەت</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>کۆدی گەڕاندنەوەی &amp;نوێ دروست بکە</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>کۆدی گەڕاندنەوەی نوێ دروست بکە</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>وشەی نهێنییەکەت دەپشکنرێت…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>دەگۆڕدرێت بۆ کۆدە نوێیەکەت… ئەمە کەمێک دەخایەنێت.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>دەگۆڕدرێت بۆ کۆدە نوێیەکەت…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>ئەمە کۆدە نوێیەکەتە. بینووسەوە یان چاپی بکە، و دوور لەم لاپتۆپە هەڵیبگرە. کاتێک دوایین کۆمەڵەکەی لە خوارەوە دەنووسیت، دەست بە کار دەکات؛ تا ئەو کاتە کۆدە کۆنەکەت هێشتا کار دەکات.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>ئەمە کۆدە نوێیەکەتە. بینووسەوە. بە سەلامەتی هەڵیبگرە. پاشان دوایین کۆمەڵەکەی لە خوارەوە بنووسە. تا ئەو کاتە کۆدە کۆنەکەت هێشتا کار دەکات.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>تەواو: ئێستا کۆدە نوێیەکەت ئەم دەفتەرە دەکاتەوە، و کۆنەکە چیتر نایکاتەوە. بەم زووانە کۆپییەکی یەدەگی نوێ پاشەکەوت بکە، بۆ ئەوەی کۆدە نوێیەکەت کۆپییەکی یەدەگیش بکاتەوە.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>تەواو. ئێستا کۆدە نوێیەکەت کار دەکات. کۆنەکە کار ناکات. ئێستا کۆپییەکی یەدەگی نوێ پاشەکەوت بکە.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>کۆدە نوێیەکەم &amp;دووبارە پیشان بدە</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>کۆدی گەڕاندنەوەی نوێم دووبارە پیشان بدە</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>بە سەلامەتی &amp;هەڵمگرت</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>کۆدی گەڕاندنەوەی نوێم بە سەلامەتی هەڵگرت</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>ئەو کۆپییە یەدەگانەی پێشتر پاشەکەوتت کردوون هێشتا تەنها بە کۆدە کۆنەکە دەکرێنەوە، بۆیە دواتر کۆپییەکی یەدەگی نوێ پاشەکەوت بکە.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>کۆپییە یەدەگە کۆنەکان هێشتا کۆدە کۆنەکەیان پێویستە.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;چاپی بکە</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>کۆدی گەڕاندنەوە چاپ بکە</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>کۆدەکە لەسەر کاغەز چاپ بکە. هیچ لەسەر ئەم کۆمپیوتەرە پاشەکەوت ناکرێت.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>کۆدی گەڕاندنەوە: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;کۆدی گەڕاندنەوە&lt;/h2&gt;&lt;p&gt;بۆ: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;ئەمە لە شوێنێکی سەلامەت هەڵبگرە. ئەگەر وشەی نهێنییەکەت لەبیر چوو، دەفتەرەکەت دەکاتەوە.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;وەڵام…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>وەڵام</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>سەرەتا فایلێکی هاوبەشکراو هەڵبژێرن.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>نامەیەکی کورت بۆ گەنجەکە، و ئەوەی دەیکەن، کە تەنها بەرنامەکەی ئەو دەتوانێت بیکاتەوە</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>ئەو فایلە وەرگیراوەتەوە یان کاتەکەی تەواو بووە، بۆیە هیچ نییە وەڵامی بدەنەوە.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>ئەمە بە وشەیەکی نهێنی هاوبەش کراوە، نەک بە کارتەکەتان، بۆیە بەرنامەکەی ئەو ناتوانێت بزانێت وەڵامەکە لە ئێوەوەیە.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>وەڵام</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>وەڵام بۆ {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>بڵێن چیتان بیست، و چی دەکەن. پێش پاشەکەوتکردن، ڕێک دەبینن وەڵامەکە چی لەگەڵ خۆی دەبات؛ تەنها بەرنامەکەی {name} دەتوانێت بیکاتەوە.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>نامەکەتان</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>&amp;نامەکەتان</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>ئەوەی دەیکەم، نووسین بە نووسین (ئەگەر حەز بکەن)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>ئەوەی دەربارەی «{title}» دەیکەم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;دواتر: بیپشکنن</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>دواتر: بپشکنن وەڵامەکە چی لەگەڵ خۆی دەبات</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>ئەمە ڕێک ئەوەیە کە وەڵامەکە لەگەڵ خۆی دەیبات</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>ئەوەی وەڵامەکە لەگەڵ خۆی دەیبات</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>ئەوەی &amp;دەردەچێت</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;گەڕانەوە</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>گەڕانەوە بۆ وشەکان</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>وەڵامەکە &amp;پاشەکەوت بکەن…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>وەڵامەکە وەک فایل پاشەکەوت بکەن</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>بە کارتەکەتان واژوو کراوە و بە شێوەیەک قوفڵ کراوە کە تەنها بەرنامەکەی {name} بتوانێت بیکاتەوە. نووسینەکان بە ژمارەیەک ناو دەبرێن کە بەرنامەکەیان دەیناسێت، هەرگیز بە ناونیشان یان وشەکانیان.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>بۆ: {name} (ژمارەکانی کارتەکەی {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>لە: کارتەکەتان ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>دەربارەی: ئەوەی لە {date} هاوبەشی کرد</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>نامەکەتان:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>ئەوەی دەیکەن:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>دەربارەی «{title}»: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>وەڵام بۆ {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>وەڵامەکە پاشەکەوت بکەن</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>وەڵامەکان (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>وەڵامەکە وەک {file} پاشەکەوت کرا. بیدەن بە {name}؛ لە بەرنامەکەی خۆیدا کەسەکان هەڵدەبژێرێت، پاشان «پسوولە یان وەڵامێک بکەرەوە…».</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} وەڵامی ئەوەی دایەوە کە هاوبەشت کردبوو — بیخوێنەوە</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>گەڕاندنەوە لە کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>دەفتەرێک لە فایلێکی کۆپیی یەدەگ بگەڕێنەوە، لەسەر ئەم لاپتۆپە یان لەسەر یەکێکی نوێ.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>فایلی کۆپیی یەدەگ &amp;هەڵبژێرە…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>فایلی کۆپیی یەدەگ هەڵبژێرە</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>هێشتا هیچ فایلێک هەڵنەبژێردراوە.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>ئەو کۆدەی نووسیتەوە یان چاپت کرد</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>وشەی نهێنیی &amp;نوێ</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>گەڕاندنەوە دەکرێت</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;بیگەڕێنەوە</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بیگەڕێنەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>گەڕایەوە</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>پارچەکانی کەسانی جێی متمانەت هێشتا کار دەکەن.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>ئەو پارچانەی لای کەسانی جێی متمانەتن هێشتا دەیکەنەوە.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>پارچەکانی کەسانی جێی متمانەت ئێستا کار ناکەن. لە ڕێکخستنەکان پارچەی نوێ دروست بکە.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>ئەو پارچانەی لای کەسانی جێی متمانەتن ئەم کۆپییە ناکەنەوە. لە ڕێکخستنەکان، لە بەشی کەسانی جێی متمانە، پارچەی نوێ دروست بکە.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>کاتێک کرایەوە کۆپییەکی یەدەگی نوێ &amp;پاشەکەوت بکە، تا کۆدە نوێیەکەشت یەکێکی هەبێت</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>کاتێک کرایەوە کۆپییەکی یەدەگی نوێ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>ئێستا کۆپییەکی یەدەگی نوێ &amp;پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>کۆدەکەم بە سەلامەتی هەڵگرت: &amp;بیکەرەوە</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>کۆدێکی گەڕاندنەوەی نوێی هەیە، کە تەنها ئێستا پیشان دەدرێت: ئەم دەفتەرە دەکاتەوە. بینووسەوە یان چاپی بکە، و لە شوێنێکی سەلامەت، دوور لەم لاپتۆپە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>ئەمە کۆدە نوێیەکەتە. ئەم دەفتەرە دەکاتەوە. بینووسەوە. بە سەلامەتی هەڵیبگرە.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>ئەو وشە نهێنییەی ئێستا هەڵتبژارد، ڕۆژانە دەیکاتەوە.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>وشە نهێنییە نوێیەکەت هەموو ڕۆژێک دەیکاتەوە.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>کۆدە کۆنەکەت هێشتا ئەو فایلی کۆپیی یەدەگە دەکاتەوە کە لێیەوە گەڕاندتەوە، و دەفتەرەکە لەسەر لاپتۆپە کۆنەکەت، ئەگەر هێشتا لەوێ بێت. بەڵام ئەم دانەیە نا.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>کۆدە کۆنەکە هێشتا کۆپییە یەدەگە کۆنەکە دەکاتەوە. هەر کۆپییەک لەسەر لاپتۆپە کۆنەکە دەکاتەوە. ئەم دانەیە ناکاتەوە.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>کۆدەکەم بە سەلامەتی هەڵگرت: بیکەرەوە</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>کۆپییە یەدەگەکان ({0});;هەر فایلێک (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>ئایا ئەمە هێشتا ڕاستە؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>بیهێڵەوە</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>«{title}» وەک خۆی بهێڵەوە</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>هێشتا ڕاستە. دوای ٣ مانگ دووبارە دەپرسینەوە.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>نوێی بکەرەوە</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>«{title}» نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>لە سەرەوە لای ببە</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>«{title}» لە سەرەوە لاببە</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>لە «ئەوەی ئێستا گرنگە» لای ببە؛ لە بەشەکەی خۆیدا دەمێنێتەوە.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>وەشانە پێشووەکان</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;وەشانەکان</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>ئەم وەشانە چی دەوت</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>چی &amp;دەوت</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>ئەم وەشانە &amp;بگەڕێنەوە</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>وەشانەکان، نوێترین یەکەم</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>ئەم وەشانە بگەڕێنەوە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>ئێستا: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>نیشانە ئاگادارکەرەوەکانم</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>چی پێت دەڵێت شتەکان خەریکە قورس دەبن؟ بیرکردنەوە، هەست، ئەو کارانەی دەبینیت خۆت دەیانکەیت.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>ئەو شتانەی خۆم دەتوانم بیکەم</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>چی یارمەتیت دەدات بە تەنها کەمێک باشتر بیت، تەنانەت بۆ چەند خولەکێک؟</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>ئەو کەس و شوێنانەی بیرم لێی دوور دەخەنەوە</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>کێ یان کوێ یارمەتیت دەدات بۆ ماوەیەک بیر لە شتێکی تر بکەیتەوە؟</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>ئەو کەسانەی دەتوانم داوای یارمەتییان لێ بکەم</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>کاتێک شتەکان قورس دەبن دەتوانیت قسە لەگەڵ کێ بکەیت؟ ئەگەر حەز دەکەیت، بنووسە چۆن دەگەیتە لایان.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>پسپۆڕان و هێڵەکانی یارمەتی</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>دەتوانیت پەیوەندی بە کام کارمەند یان خزمەتگوزاری بکەیت؟ هێڵە بەخۆڕاییەکانی سەرەوەش هەمیشە هەن.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>سەلامەتترکردنی ئەو شوێنەی تێیدام</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>ئێستا چی دەتوانیت بکەیت بۆ ئەوەی ئەو شوێنەی تێیدایت سەلامەتتر بێت؟</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>هۆکارەکانم بۆ بەردەوامبوون</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>چی بۆت گرنگە؟ بە خۆشییەوە چاوەڕێی کێ یان چی دەکەیت؟</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>کاتێک شتەکان قورس دەبن</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>پێویست ناکات بە تەنها پێیدا تێپەڕیت. ئەگەر ئێستا پێویستت بە کەسێکە، ئەم کەسانە بۆ تۆ هەن، بەخۆڕایی، شەو و ڕۆژ:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>پلانەکەم</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>پلانەکەت، بە وشەکانی خۆت. کاتێک شتەکان قورس دەبن، لە سەرەوە دەست پێ بکە، هەنگاو بە هەنگاو. لە کاتی نووسیندا هەڵدەگیرێت، و دەتوانیت هەر هەنگاوێک وەک نووسینەکانی ترت هاوبەش بکەیت.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>بوخچەی ماڵەوەی خۆت</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} لە بوخچەی ماڵەوەی خۆت</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>وشەیەک بنووسە</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;گەڕان بۆ</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ئەوەی دۆزرایەوە</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>وشەیەک بنووسە بۆ گەڕان لە هەموو ئەوەی نووسیوتە.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>هیچ بۆ «{text}» نەدۆزرایەوە. وشەیەکی تر تاقی بکەرەوە، یان تەنها سەرەتاکەی.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>١ نووسین دۆزرایەوە.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>{count} نووسین یان زیاتر دۆزرانەوە، باشترینەکان یەکەم. بۆ زیاتر بڕۆ خوارەوە.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>{count} نووسین دۆزرانەوە.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>شتێک زیاد بکە</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>شتێک بۆ {section} زیاد بکە</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>هەموو {count}ەکە پیشان بدە</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>هەموو {count}ەکە لە {section} پیشان بدە</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>→ ماڵەوە</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>گەڕانەوە بۆ ماڵەوە</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>شتێک زیاد بکە</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نووسینەکان</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;نووسینەکان، نوێترین یەکەم</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>نووسینەکان لە {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>شتێک بۆ {section} زیاد بکە</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;نووسینەکان، سەرەتا هەنگاوەکانی پلان</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>ناردنی پێشنیارەکان</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>ئەوەی دەتانەوێت بینێرن نیشانەی بکەن. ئەوان بڕیار دەدەن چی بهێڵنەوە: هیچ شتێک لە دەفتەرەکەیاندا ناگۆڕێت مەگەر خۆیان زیادی بکەن.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>تێبینییەک بۆیان (دەتوانن بە بەتاڵی جێی بهێڵن)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>بۆ نموونە: ئەو شتانەی ئەم مانگە تێبینیم کردن</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>&amp;تێبینییەک بۆیان</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>فایلەکە پاشەکەوت دەکرێت</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایلەکە &amp;پاشەکەوت بکەن…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>پێشنیارەکان وەک فایل پاشەکەوت بکەن</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ناوتان، وەک ئەوان دەیبینن</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>بۆ نموونە: جۆ</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>&amp;ناوتان، وەک ئەوان دەیبینن</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>ئەو پێشنیارانەی پێشتر ناردووتانە</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>کاتێک بڕیاریان دا، دەتوانن وەڵامێک بۆ ئێوە پاشەکەوت بکەن: لێرە بیکەنەوە بۆ ئەوەی ببینن چی بەسەر هەر پێشنیارێکدا هات. تەنها ئەوە دەڵێت؛ ئەوەی گۆڕیویانە لای خۆیان دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>ئەوەی &amp;پێشتر ناردووتانە</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>کردنەوەی &amp;وەڵامێک…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>وەڵامەکەیان بۆ پێشنیارەکانتان بکەنەوە</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>فایلێک لەوانەوە کە دەڵێت چی بەسەر هەر پێشنیارێکدا هات</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>هێشتا وەڵام نییە</translation>
    </message>
    <message>
        <source>added</source>
        <translation>زیاد کرا</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>بە گۆڕانکارییەوە زیاد کرا</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} ئەمەی زیاد نەکرد</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>هێشتا بڕیار نەدراوە</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(ڕەشنووسێک کە دواتر سڕایەوە)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}، بۆ {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}، بۆ {name}: {what}. هێشتا وەڵام نییە.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>هێشتا هیچ نەنێردراوە.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>کردنەوەی وەڵامێک</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>وەڵامەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>وەڵامەکە دەکرێتەوە و دەپشکنرێت…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} وەڵامی دایەوە. ئەوەی بەسەر هەر پێشنیارێکدا هات لە خوارەوە پیشان دراوە.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>ڕەشنووسەکان بۆ ناردن</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>ڕەشنووسە هەڵبژێردراوەکان: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;ڕەشنووسەکان</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>بۆ کێیە</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;بۆ</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>سەرەتا کارتی گەنجەکە زیاد بکەن (کارتی گەنجەکە زیاد بکەن…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>پێشنیارەکان بۆ {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>پێشنیارەکان پاشەکەوت بکەن</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>پێشنیارەکان (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>پاشەکەوت دەکرێت…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>%n پێشنیار بۆ {name} پاشەکەوت کران. فایلەکەی بدەنێ.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>ئەگەر هێشتا کارتەکەتانیان زیاد نەکردووە، کارتەکەشتانیان بدەنێ (کارتەکەم…). لە بەرنامەکەی خۆیاندا «کەسەکان» هەڵدەبژێرن، پاشان «کارتی کەسێک زیاد بکە…»؛ پاشان «پێشنیارەکان»، پاشان «کردنەوەی پێشنیارەکان…» بۆ کردنەوەی ئەم فایلە.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>ژمارەکان بەراورد بکەن</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>ئەم فایلە بەو کارتە واژۆ کراوە کە ئەم ژمارانەی هەیە؛ کارتەکە دەڵێت ناوی {0}ـە. داوا لە کەسەکە بکە ژمارەکانی کارتەکەی بخوێنێتەوە، ڕووبەڕوو یان بە تەلەفۆن. ئەگەر هەمان بوون، ئەم کارتە بەڕاستی هی ئەوە.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>ژمارەکانی کارتەکە:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>&amp;وەک یەکن، وەک پشکنراو نیشانەی بکە</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>وەک یەکن، وەک پشکنراو نیشانەی بکە</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ئێستا نا</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ئێستا نا</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>ئەم فایلە تەواوە و بەو کارتە واژۆ کراوە کە ژمارەکانی {numbers}ـە - یەکەم جار لە {first} بینراوە، لە {checked} ڕووبەڕوو پشکنراوە.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>ئەم فایلە تەواوە و بەو کارتە واژۆ کراوە کە ژمارەکانی {numbers}ـە - یەکەم جار لە {first} بینراوە، هێشتا ڕووبەڕوو نەپشکنراوە.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>ڕاگیراوە، نەکراوەتەوە: ئەم فایلە دەڵێت لە {name}ەوەیە، بەڵام بە کارتێکی جیاواز لەو {name}ـەی دەیناسیت واژۆ کراوە. پێش متمانەکردن ژمارەکان بەراورد بکە.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>کرایەوە.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>شوێنی پێویست لەسەر ئەم کۆمپیوتەرە نییە بۆ ئەو کارە. هیچ شتێک ون نەبوو. هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>ئەم فایلە لە ئێستادا دەکرێتەوە. چاوەڕێ بکە تا تەواو دەبێت، پاشان دووبارە سەیر بکە.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>کۆپییەکی یەدەگ پاشەکەوت دەکرێت. کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>تکایە جارێک بە وشەی نهێنییەکەت قوفڵەکە بکەرەوە، پاشان دووبارە ئەمە تاقی بکەرەوە.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>بۆ هەڵبژاردنی وشەیەکی نهێنیی نوێ بەبێ کۆنەکە، سەرەتا بە کۆدی گەڕاندنەوەکەت بیکەرەوە.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>ئەو وشە نهێنییە زوو مەزەندە دەکرێت. چەند وشەیەک پێکەوە تاقی بکەرەوە.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>دوو پارچە پێویستە، لە دوو کەسی جیاواز. یەک پارچە بە تەنها هیچ ناکاتەوە.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>ئەمە هەمان پارچەیە دوو جار. داوا لە کەسی دووەم بکە پارچەکەی خۆی بدات.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>یەکێک لەم پارچانە هی پێش دروستکردنی پارچە نوێیەکانە، بۆیە چیتر هیچ ناکاتەوە. داوای پارچە نوێترەکە لەو کەسە بکە.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>ئەم پارچانە هی ئەم دەفتەرە نین. بپشکنە هەر کەسێک پارچەی کێی هەیە.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>ئەم دەفتەرە هێشتا کەسانی جێی متمانەی نییە، بۆیە پارچەکان ناتوانن بیکەنەوە.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>ئەمە وشەی نهێنی یان کۆدی گەڕاندنەوەکەی نییە، بۆیە هیچ شتێک نەسڕایەوە. بەبێ یەکێک لەم دووانە ناتوانرێت لە بەرنامەکەدا بسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>ئەوە نایکاتەوە. ڕێنووسەکە بپشکنە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>وا دیارە دەستکاریی فایلی قوفڵی ئەم دەفتەرە کراوە، بۆیە بەکارنەهێنرا.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>فایلی قوفڵی ئەم دەفتەرە تێکچووە یان ون بووە. کۆپییەکی یەدەگ دەتوانێت بیگەڕێنێتەوە.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>ئەمە بە وەشانێکی نوێتری بەرنامەکە دروست کراوە. تکایە بەرنامەکە نوێ بکەرەوە.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>زانیارییەکانی ئەم دەفتەرە نەخوێنرانەوە. لەوانەیە تێکچووبێت.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>پێشتر یەکێک بەو ناوە لەسەر ئەم کۆمپیوتەرە هەیە. ناوێکی تر تاقی بکەرەوە.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>هیچ دەفتەرێک بەو ناوە لەسەر ئەم کۆمپیوتەرە نییە.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>قوفڵ کرابوو. بیکەرەوە بۆ بەردەوامبوون.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>ئەوە لە نیوەی ڕێگادا ڕاگیرا، و هیچی لێ هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>ئەم جۆرە پرۆفایلە ناتوانێت ئەوە بکات.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>ئەوە فایلێک نییە کە بکرێتەوە (لەوانەیە بوخچەیەک یان ئامێرێک بێت).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>ئەو کەسەی ئەمەی هاوبەش کردووە تەنها بۆ خوێندنەوە هێشتوویەتییەوە، بۆیە ناتوانرێت بخرێتە ناو دۆسیەکانەوە. ئەگەر پێویستە، داوای لێ بکە دووبارە هاوبەشی بکاتەوە و ڕێگە بەوە بدات.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>ئەم فایلە ڕاگیراوە: دەڵێت لە کەسێکەوەیە کە دەیناسیت، بەڵام بە کارتێکی جیاواز واژۆ کراوە. سەرەتا ژمارەکان بەراورد بکە.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>ئەمە بە وشەیەکی نهێنی هاوبەش کراوە، نەک بە کارتەکەت، بۆیە بەرنامەکەی ئەو ناتوانێت بزانێت وەڵامەکە لە تۆوەیە. لە جیاتی ئەوە ڕووبەڕوو پێی بڵێ.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>ئەم وەڵامە لەو کەسەوە نییە کە لەگەڵیدا هاوبەشت کردووە، یان دەربارەی ئەوە نییە کە لەگەڵیدا هاوبەشت کردووە، بۆیە هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>ئەم تێبینییە لەو کەسەوە نییە کە لەگەڵیدا هاوبەشت کردووە، بۆیە هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>ئەم فایلە بۆ کەسێکی تر دروست کراوە، بۆیە لێرە ناکرێتەوە.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>ئەم فایلە لەلایەن ئەو کەسەوە واژۆ نەکراوە کە دروستی کردووە، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>واژۆی ئەم فایلە وەک یەک نییە. لەوانەیە لە ڕێگادا گۆڕابێت، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>ئەم فایلە لە کەسێکەوەیە کە کارتەکەیت زیاد نەکردووە، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>کاتی ئەم فایلە تەواو بووە، بۆیە چیتر ناکرێتەوە.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>ئەو کەسەی ئەم فایلەی هاوبەش کردبوو دواتر فایلێکی نوێتری لە جێگەیدا هاوبەش کردووە. لە جیاتی ئەمە فایلە نوێترەکە بکەرەوە.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>ئەو کەسەی ئەم فایلەی هاوبەش کردبوو وەریگرتووەتەوە، بۆیە ناکرێتەوە.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>ئەم فایلە لەوە گەورەترە کە فایلێکی هاوبەشکراو دەتوانێت بێت، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>ئەم فایلە بە وەشانێکی نوێتری بەرنامەکە دروست کراوە. تکایە بەرنامەکە نوێ بکەرەوە بۆ کردنەوەی.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>ئەم فایلە بە وەشانێکی کۆنتری ئەپەکە دروست کراوە. داوا لەو کەسە بکە کە ناردوویەتی ئەپەکە نوێ بکاتەوە و دووبارە بینێرێت.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>ئەو وشە نهێنییە ئەم فایلە ناکاتەوە. ژمارەکان بپشکنە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>ئەم فایلە بە وشەی نهێنی قوفڵ کراوە. لەو کەسە بپرسە کە هاوبەشی کردووە.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>ئەم فایلە بۆ کردنەوە کارێکی زۆر زیاتر داوا دەکات لەوەی بەرنامەکە هەرگیز بەکاری دەهێنێت، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>ئەم فایلە تێکچووە یان لە ڕێگادا گۆڕاوە، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>ئەم فایلە نەکرایەوە، و هیچی لێ هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>ئەم فایلە کۆپیی یەدەگ نییە، یان تێکچووە یان ناتەواوە. هیچ نەگەڕێندرایەوە.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>ئەم کارتە بە وەشانێکی کۆنتری ئەپەکە دروست کراوە، و تۆ پێشتر کارتێکی نوێترت لەم کەسە هەیە، بۆیە هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>ئەوە فایلی کارتی ئەم بەرنامەیە نییە، یان تێکچووە.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>ئەو فایلە زۆر گەورەیە بۆ زیادکردن (سنوورەکە ٥٠ مێگابایتە).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>ئەو فایلە زۆر گەورەیە بۆ کردنەوە.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>ئەوە چیتر لەوێ نییە. لەوانەیە سڕابێتەوە.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>ئەمە لە کەسێکەوەیە کە زیادت نەکردووە. ئەگەر متمانەت پێیەتی، سەرەتا کارتەکەی زیاد بکە، پاشان دووبارە بیکەرەوە. هیچی لێ هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>ئەمە پێشنیارێک نییە بۆ تۆ، بۆیە نەکرایەوە.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>ئەمە تێبینییەک نییە لەبارەی شتێکەوە کە هاوبەشت کردووە، بۆیە هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>ئەم وەڵامە لەو کەسەوە نییە کە ئەو پێشنیارانەت بۆ ناردووە، یان لەبارەی ئەوانەوە نییە، بۆیە هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>ئەمە وەڵامێک نییە بۆ پێشنیارەکانت، بۆیە هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>ئەم پارچەیە بۆ کەسێکی تر دروست کراوە، بۆیە هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>پێشتر پارچەیەکی نوێتر لەم کەسەوە هەڵدەگریت، بۆیە ئەم کۆنترە هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>ئەو کۆدی گەڕاندنەوەیە ئەم کۆپییە یەدەگە ناکاتەوە. ئەو کۆدە بەکاربهێنە کە کاتی پاشەکەوتکردنی ئەم کۆپییە یەدەگە هەتبوو، و هەر کۆمەڵەیەک بپشکنە.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>ئەم فایلە لەوە گەورەترە کە کۆپییەکی یەدەگ دەتوانێت بێت، بۆیە هیچ نەگەڕێندرایەوە.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>سەرەتا کۆدی گەڕاندنەوە بنووسە.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>ئەو کۆدە زۆر کورتە: {0} لە ٢٨ پیت و ژمارەکەی تێدایە.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>ئەو کۆدە زۆر درێژە: {0} پیت و ژمارەی تێدایە، و کۆدێک ٢٨ی هەیە.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>کۆدی گەڕاندنەوە هەرگیز ئەمانەی تێدا نییە: {0}. هەر پیتێک لەگەڵ کاغەزەکە بەراورد بکە.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>سەرەتا وشەکانی پارچەیەک بنووسە.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>پارچەیەک 20 وشەی هەیە، و ئەمە {0}ی هەیە. بپشکنە هەموو وشەکان هەبن.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>«{0}» یەکێک نییە لەو وشانەی پارچەکان بەکاریان دەهێنن. ڕێنووسەکەی لەگەڵ پارچەکە بەراورد بکە.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>وشەیەکی ئەم پارچەیە هەڵە نووسراوە، یان دوو وشە شوێنیان گۆڕاوە. دووبارە بیخوێنەوە.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>شتێک لەوەدا تەواو ڕاست نییە: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>فایلەکە نەخوێنرایەوە یان پاشەکەوت نەکرا. بپشکنە کە شوێن هەیە و دەتوانیت لەوێ بنووسیت.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>شتێک هەڵە بوو. هیچ نەگۆڕا.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>قەبارەی دەق، ڕەنگەکان، قوفڵکردن، وشەی نهێنی و کۆپیی یەدەگ (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>ناو و ڕووخسار</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قوفڵکردن</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>وشەی نهێنی</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>کەسانی جێی متمانە</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>ئەو پارچانەی هەڵیاندەگرم</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>پەڕەکانی ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>ناوەکە &amp;پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>ناوەکە پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت ئەم ناوە ببینێت.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>قەبارەی دەق بە ڕێژەی سەدی</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>قەبارەی &amp;دەق</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ڕەنگەکان</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ڕووناک</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>جیاوازیی زۆر</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;ڕەنگەکان</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>خوێندنەوەی &amp;ئاسان: ڕستەی کورت، دەقی گەورەتر و وێنە</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>خوێندنەوەی ئاسان</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>پاشەکەوت کرا. ڕێکخستنەکان دابخە بۆ ئەوەی بیبینیت.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>پاشەکەوت کرا. کاتێک ڕێکخستنەکان دادەخەیت بەرنامەکە دەگۆڕێت.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>پاشەکەوت کرا. ئێستا ناوی {0}ـە.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>قەبارەی دەق: لە {low} % تا {high} %. ئێستا: {now} %.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>هەروەها قوفڵ دەبێت کاتێک «قوفڵ» یان «ئێستا بیشارەوە» دادەگریت.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> خولەک</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>کۆپیی یەدەگ یەک فایلە. هەموو دەفتەرەکەتی تێدایە. کۆدی گەڕاندنەوەکەت دەیکاتەوە. فایلەکە بە سەلامەتی هەڵبگرە. دوور لەم لاپتۆپە هەڵیبگرە، بۆ نموونە لەسەر فلاشێکی USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>دوای ئەم چەند خولەکە بێ بەکارهێنان خۆی قوفڵ ببێت</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>&amp;خۆی قوفڵ ببێت دوای</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>هەروەها دەستبەجێ قوفڵ دەبێت کاتێک «قوفڵ» یان «ئێستا بیشارەوە» (Ctrl+Shift+H) دادەگریت.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>وشەی نهێنیی ئێستا</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>وشەی نهێنیی &amp;ئێستا</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;گۆڕینی وشەی نهێنی</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>گۆڕینی وشەی نهێنی</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>لێرە دەتوانیت وشەی نهێنییەکەت بگۆڕیت. ئەوەی ئێستا بەکاری دەهێنیت بنووسە. پاشان یەکێکی نوێ دوو جار بنووسە.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>دەگۆڕدرێت…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>تەواو. جاری داهاتوو وشە نهێنییە نوێیەکەت بەکاربهێنە.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>کۆپیی یەدەگ یەک فایلە بە هەموو دەفتەرەکەتەوە. کۆدی گەڕاندنەوەکەت دەیکاتەوە. لە شوێنێکی سەلامەت، دوور لەم لاپتۆپە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>کۆپیی &amp;یەدەگ پاشەکەوت بکە…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>کۆپیی یەدەگ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ڕۆژ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هەرگیز</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>دوای ئەم چەند ڕۆژە بیرم بخەرەوە کۆپیی یەدەگ پاشەکەوت بکەم (0: هەرگیز)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;بیرم بخەرەوە دوای</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>ئەمە چییە</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>ناوێکی لێ بنێ</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>وشەیەکی نهێنی هەڵبژێرە</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>کۆدی گەڕاندنەوەکەت</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>کار دەکرێت</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>بە سەلامەتی قوفڵ دەکرێت… ئەمە کەمێک دەخایەنێت.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;گەڕانەوە</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>خوێندنەوەی &amp;ئاسان: ڕستەی کورت، دەقی گەورەتر و وێنە</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>خوێندنەوەی ئاسان</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>ئەوەی لەبارەی تۆوە گرنگە لە یەک شوێندا هەڵبگرە. ئیتر پێویست ناکات چیرۆکەکەت دووبارە بگێڕیتەوە.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>هی خۆتە. هیچ شتێک هاوبەش ناکرێت مەگەر خۆت بڵێیت.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە. قوفڵ کراوە. تەنها خۆت وشەی نهێنییەکە دەزانیت.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>پرۆفایلی پسپۆڕیی ئێوە</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>پرۆفایلی پسپۆڕیی ئێوە ئەو دەفتەرانە هەڵدەگرێت کە گەنجان لەگەڵتانی هاوبەش دەکەن، تا بتوانن بیانخوێننەوە و چاپیان بکەن.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>سەرەتا کارتەکەتان بدەن بە هەر گەنجێک. ئەوەی هاوبەشی دەکەن تەنها بۆ ئێوە دروست دەکرێت، و کاتێک ئەو کاتەی هەڵیانبژاردووە تەواو بوو دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە، بە وشەیەکی نهێنی قوفڵ کراوە کە تەنها ئێوە دەیزانن. هیچ شتێک بە ئینتەرنێت نانێردرێت.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>یارمەتی گەنجێک بدەن</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>یارمەتی گەنجێک بدەن دەفتەرەکەی نوێ بهێڵێتەوە: ئەوە بنووسن کە دەزانن یارمەتیی دەدات، و وەک پێشنیار بینێرن کە خۆی هەڵیدەبژێرێت زیادی بکات.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>ئەو بڕیار دەدات. هەر پێشنیارێک دەتوانرێت وەک خۆی زیاد بکرێت، بگۆڕدرێت یان وازی لێ بهێنرێت. هیچ شتێک ناچێتە ناو دەفتەرەکەیەوە مەگەر خۆی هەڵیبژێرێت.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>ڕەشنووسەکانتان لەسەر ئەم کۆمپیوتەرە دەمێننەوە، بە وشەیەکی نهێنی قوفڵ کراون کە تەنها ئێوە دەیزانن.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>ئەمە خزمەتگوزاریی فریاکەوتن نییە. ئەگەر ئێوە یان گەنجەکە ئێستا پێویستتان بە یارمەتییە، پەیوەندی بکەن بە Samaritans لەسەر 116 123 یان وشەی SHOUT بنێرن بۆ 85258. لە کاتی فریاکەوتندا، پەیوەندی بکەن بە 999.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>شوێنێک کە هی خۆتە</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>ئەوەی لەبارەی تۆوە گرنگە لە یەک شوێندا هەڵبگرە: کێیت، لە چیدا باشیت، چی یارمەتیت دەدات و کێ بۆت گرنگە. ئیتر پێویست ناکات هەر جارێک شتێک گۆڕا چیرۆکەکەت دووبارە بگێڕیتەوە.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>هی خۆتە. هیچ شتێک هاوبەش ناکرێت مەگەر خۆت هەڵیبژێریت.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە، بە وشەیەکی نهێنی قوفڵ کراوە کە تەنها خۆت دەیزانیت.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت ئەم ناوە ببینێت. پێویست ناکات بڵێت چی تێدایە.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>ناوێک هەڵبژێرە کە هەست بکەیت هی خۆتە. دواتر دەتوانیت بیگۆڕیت.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>تەنها ئێستا دەیبینیت. ئەگەر وشەی نهێنی و ئەم کۆدە ون بکەیت، کەس ناتوانێت بیکاتەوە. تەنانەت ئێمەش. کەسانی جێی متمانە دەتوانن یارمەتیت بدەن بگەڕێیتەوە ژوورەوە: دواتر لە ڕێکخستنەکاندا هەڵیانبژێرە.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>ئەمە تاکە جارە کە پیشان دەدرێت. ئەگەر هەم وشەی نهێنییەکەت و هەم ئەم کۆدە ون بکەیت، کەس ناتوانێت دەفتەرەکەت بکاتەوە، تەنانەت ئێمەش، مەگەر کەسانی جێی متمانەت دیاری کردبێت (ڕێکخستنەکان، پاشان کەسانی جێی متمانە): دووانیان دەتوانن یارمەتیت بدەن بگەڕێیتەوە ژوورەوە.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>بۆ نموونە: چیرۆکەکەم</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>بیرۆکەکان:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>چیرۆکەکەم</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>هەموو شتێک دەربارەی من</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>دەفتەری شین</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>ناوی {0} بەکاربهێنە</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>ئەم بەرنامەیە بۆ فریاکەوتن نییە. ئێستا پێویستت بە یارمەتییە؟ ئەمانە بەخۆڕایین، شەو و ڕۆژ:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>ئەمە خزمەتگوزاریی فریاکەوتن نییە. ئەگەر ئێستا پێویستت بە یارمەتییە، ئەمانە بەخۆڕایین، شەو و ڕۆژ:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت ئەم ناوە ببینێت، بۆیە دەتوانێت ناوێکی شاراوە بێت: پێویست ناکات بڵێت چی تێدایە.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>ئەم ناوە لە لیستەکەی ئەم کۆمپیوتەرەدا پیشان دەدرێت. دواتر دەتوانن بیگۆڕن.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>پسپۆڕ</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>کاری دۆسیەکان</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>بۆ نموونە: کار</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت ئەم ناوە ببینێت.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>یارمەتیدان</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پێشنیارەکان</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>تێبینییەکانی ماڵ</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>بۆ نموونە: یارمەتیدان</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت ئەم ناوە ببینێت، بۆیە باشترە ناوی گەنجەکە بەکارنەهێنن.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>ئەمە دەیکاتەوە. چەند وشەیەک کە لەبیرت دەمێنێت بەڵام کەسانی تر پێی نازانن باش کار دەکات، وەک «کتریی مۆر لە ڕۆژی سێشەممە».</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>ئەمە دەیکاتەوە. چەند وشەیەک بەکاربهێنە کە لەبیرت بمێنێت. بۆ نموونە: کتریی مۆر لە ڕۆژی سێشەممە.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;وشەی نهێنی</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>ئەگەر ڕۆژێک وشەی نهێنییەکەت لەبیر چوو، ئەم کۆدە لە جیاتی ئەو دەیکاتەوە. بینووسەوە یان چاپی بکە، و لە شوێنێکی سەلامەت، دوور لەم کۆمپیوتەرە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>وشەی نهێنییەکەت لەبیر چوو؟ ئەم کۆدە لە جیاتی ئەو دەیکاتەوە. بینووسەوە. لە شوێنێکی سەلامەت، دوور لەم کۆمپیوتەرە، هەڵیبگرە.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>ئەمە تاکە جارە کە پیشان دەدرێت. ئەگەر هەم وشەی نهێنی و هەم ئەم کۆدە ون بکەن، کەس ناتوانێت ئەم پرۆفایلە یان ئەوەی لەگەڵتان هاوبەش کراوە بکاتەوە، تەنانەت ئێمەش.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>ئەمە تاکە جارە کە پیشان دەدرێت. ئەگەر هەم وشەی نهێنی و هەم ئەم کۆدە ون بکەن، کەس ناتوانێت ئەم پرۆفایلە یان ڕەشنووسەکانتان بکاتەوە، تەنانەت ئێمەش.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>هەنگاوی {0} لە {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;دواتر</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>&amp;دروستی بکە</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>هەڵمگرت، &amp;دەست پێ بکە</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>وەرگیراوەتەوە</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>یەکێکی نوێتر جێگەی گرتەوە</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>کاتەکەی تەواو بوو</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کراوە</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}؛ لە {1} کردیانەوە</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}؛ لە {1} وەڵامیان دایەوە</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>بەرواری هاوبەشکردن</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>نووسینێک کە دواتر سڕایەوە</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>بۆ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>وەڵامەکان بۆ ئەم هاوبەشکردنە</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} لە {date} وەڵامی دایەوە</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>ئەوەی {name} دەربارەی «{title}» دەیکات: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>هاوبەشی بکە</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;گەڕانەوە</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>دەتەوێت چی هاوبەش بکەیت؟</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>هەموو نووسینە &amp;ئێستا گرنگەکانم هەڵبژێرە</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>هەموو نووسینە ئێستا گرنگەکانم هەڵبژێرە</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>هەڵبژاردنەکەم &amp;پاک بکەرەوە</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>هەڵبژاردنەکەم پاک بکەرەوە</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>&amp;نووسینەکان، بەپێی بەش</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>نووسینەکان بۆ هاوبەشکردن</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نووسینەکان</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>هێشتا هیچ هەڵنەبژێردراوە.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>وێنە: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>دەنگ: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>فایل: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>بۆ کێیە؟</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>کەسێک کە &amp;کارتەکەیم هەیە</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>کەسێک کە کارتەکەیم هەیە</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>کەسێک کە کارتی &amp;بەرنامەکەی نییە</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>کەسێک کە کارتی بەرنامەکەی نییە</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>ئەو کەسانەی کارتەکەیانت هەیە</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>هێشتا کارتی هیچ کەسێکت زیاد نەکردووە. یەکێک لە پەڕەی کەسەکاندا زیاد بکە، یان لەگەڵ کەسێک هاوبەش بکە کە کارتی بەرنامەکەی نییە.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>&amp;ناوی ئەوان</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>&amp;ناوت، وەک ئەوان دەیبینن</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>ناوی ئەوان</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>ئەوە نیشانە بکە کە دەتەوێت هاوبەشی بکەیت. هیچی تر ناچێت.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>هیچ شتێک هەڵنابژێردرێت تا نیشانەی نەکەیت. وێنە و دەنگەکان لەگەڵ نووسینەکەی خۆیان دەچن مەگەر نیشانەکەیان لابەریت.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(ئێستا گرنگە)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>ئەوەی خەڵک دەبێت &amp;سەرەتا بیزانن لە سەرەوە دابنێ</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن: لە ماڵەوە بینووسە بۆ ئەوەی هاوبەشی بکەیت</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>ئەوەی خەڵک دەبێت سەرەتا بیزانن هاوبەش بکە</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n نووسین هەڵبژێردران.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>هێشتا هیچ کارتێکت نییە. یەکێک لە پەڕەی کەسەکاندا زیاد بکە.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>بۆ نموونە: خاتوو گرین لە قوتابخانە</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>بەرنامەکە وشەیەکی نهێنی بۆ فایلەکە دروست دەکات. پێیانی بڵێ. هەرگیز لەگەڵ فایلەکەدا مەینێرە.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>بەرنامەکە وشەیەکی نهێنی بۆ فایلەکە دروست دەکات. بە دەنگ پێیانی بڵێ، ڕووبەڕوو یان بە تەلەفۆن، هەرگیز لە هەمان نامەدا کە فایلەکەی تێدایە.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>هێشتا ژمارەکانی کارتت لەگەڵ {0} نەپشکنیوە. هێشتا دەتوانیت هاوبەش بکەیت. بەڵام باشترە سەرەتا ژمارەکان لەگەڵیان بپشکنیت. لە پەڕەی کەسەکان ئەوە بکە.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>هێشتا ژمارەکانی کارتت لەگەڵ {0} بەراورد نەکردووە. هێشتا دەتوانیت هاوبەش بکەیت، بەڵام ئەگەر دەتوانیت، سەرەتا ژمارەکان لەگەڵیان بپشکنە (لە پەڕەی کەسەکان).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>بۆ چەند ماوەیەک؟</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>بۆچی هاوبەشی دەکەیت؟</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ناوت</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>بۆ چەند ماوەیەک، و بۆچی؟</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>کاتێک کاتەکە تەواو بوو، بەرنامەکەیان دەیسڕێتەوە.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>١ &amp;مانگ</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>١ &amp;هەفتە</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>٣ م&amp;انگ</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>تا &amp;بەروارێک:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>تا ئەم بەروارە</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;بۆچی؟ ئەوان ئەمە دەبینن.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;بۆچی هاوبەشی دەکەیت؟ ئەوان ئەمە دەبینن.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>بۆچی هاوبەشی دەکەیت</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>بۆ نموونە: چوون بۆ قوتابخانەیەکی نوێ</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ناوتان، وەک ئەوان دەیبینن</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>پێشبینینی فایلی هاوبەشکراو</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>ئەمە ڕێک ئەوەیە کە {0} دەیبینێت</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>ئەمە جێگەی ئەوە دەگرێتەوە کە لە {1} لەگەڵ {0} هاوبەشت کردبوو. کاتێک ئەمە دەکەنەوە، بەرنامەکەیان کۆنەکە دەسڕێتەوە.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>ئەمە جێگەی ئەوە دەگرێتەوە کە لە {1} لەگەڵ {0} هاوبەشت کردبوو. کاتێک ئەمە دەکەنەوە، بەرنامەکەیان ئەوەی پێشوو دەسڕێتەوە.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>جاری پێشوو، «ئەوەی خەڵک دەبێت سەرەتا بیزانن» بۆ {0} چوو. ئەم جارە ناچێت، مەگەر نیشانەی بکەیت.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>جاری پێشوو، «ئەوەی خەڵک دەبێت سەرەتا بیزانن» بۆ {0} چوو. ئێستا بەتاڵە. بۆیە ئەم جارە ناچێت.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>«ئەوەی خەڵک دەبێت سەرەتا بیزانن» لەگەڵ دوایین هاوبەشکردنت بۆ {0} چوو. لەگەڵ ئەمەدا ناچێت مەگەر نیشانەی بکەیت.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>«ئەوەی خەڵک دەبێت سەرەتا بیزانن» لەگەڵ دوایین هاوبەشکردنت بۆ {0} چوو. ئێستا بەتاڵە، بۆیە لەگەڵ ئەمەدا ناچێت.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>نوێ: ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>گۆڕاو: ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>چیتر هاوبەش نییە: ئەوەی خەڵک دەبێت سەرەتا بیزانن</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>نوێ: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>گۆڕاو: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>چیتر هاوبەش نییە: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>چیتر هاوبەش نییە: %n کە سڕیتەوە</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>لە دوایین جارەوە کە لە {1} لەگەڵ {0} هاوبەشت کرد، هیچ نەگۆڕاوە.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>لە دوایین جارەوە کە لە {1} لەگەڵ {0} هاوبەشت کرد: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>فایلەکە پاشەکەوت دەکرێت</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>وشەی نهێنی. بە دەنگ بۆیانی بخوێنەوە:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>بۆ {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>فایلی هاوبەشکراو پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>فایلە هاوبەشکراوەکان (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>پاشەکەوت کرا</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n نووسین</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>«{0}» پاشەکەوت کرا. {1}ی تێدایە بۆ {2}، تا کۆتایی {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>دەتوانن بیخەنە ناو دۆسیەکانیانەوە؛ ئەو کۆپییە دوای کۆتایی هاتنیش دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>فایلەکەیان بدەرێ. تەنها بەو وشە نهێنییەی خوارەوە دەکرێتەوە.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>فایلەکەیان بدەرێ، لەسەر فلاشێکی USB یان بە ئیمەیڵ. تەنها بەرنامەکەی ئەوان دەتوانێت بیکاتەوە.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>وشەی نهێنی: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>«{0}» پاشەکەوت کرا. {1}ی تێدایە بۆ {2}. تا کۆتایی {3} دەکرێتەوە.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>دەتوانن بیخەنە ناو دۆسیەکانیانەوە. ئەو کۆپییە دوای کۆتایی هاتنیش دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>فایلەکەیان بدەرێ. فلاشێکی USB یان ئیمەیڵ بەکاربهێنە. تەنها بەرنامەکەی ئەوان دەتوانێت بیکاتەوە.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>هیچ شتێک هاوبەش نەکرا.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>هەنگاوی {0} لە {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;دواتر</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>&amp;سەرەتا بیبینە</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایلەکە &amp;پاشەکەوت بکەن…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تەواو</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>پەڕەکان و کردارەکان</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>دەنگێک تۆمار بکە</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>دەنگی خۆت، مۆسیقا یان هەر شتێک حەزت لێیە تۆمار بکە. لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە، لە دەفتەرەکەتدا قوفڵکراو، و تەنها ئەگەر هەڵیبگریت.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تۆمارکردن</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>ئاستی دەنگ</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>هیچ مایکرۆفۆنێک لەسەر ئەم کۆمپیوتەرە نەدۆزرایەوە. هێشتا دەتوانیت دەنگێک لە فایلێکەوە زیاد بکەیت.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>ئەم دەنگە &amp;هەڵبگرە</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>ئەم دەنگە هەڵبگرە</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;فڕێیبدە</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>ئەم دەنگە فڕێ بدە</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>ئێستا ناتوانرێت مایکرۆفۆنەکە بەکاربهێنرێت. بپشکنە کە پەیوەست کراوە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>دەنگێک لەمە درێژتر نابێت. گوێی لێ بگرە، پاشان هەڵیبگرە یان فڕێی بدە.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>مایکرۆفۆنەکە وەستا. ئەوەی تا ئێستا تۆمار کراوە هێشتا لێرەیە.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;وەستان</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>وەستانی تۆمارکردن</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>تۆمار دەکرێت…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>&amp;بەردەوامبوون لە تۆمارکردن</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>بەردەوامبوون لە تۆمارکردن</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>وەستێنراوە. دەتوانیت گوێ بگریت، بەردەوام بیت، هەڵیبگریت یان فڕێی بدەیت.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>ئاستی دەنگ: وەستێنراوە</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>ئاستی دەنگ: هیچ نابیسترێت</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>ئاستی دەنگ: نزم</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>ئاستی دەنگ: باش</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>ئاستی دەنگ: زۆر بەرز</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} تۆمار کرا، {left} ماوە</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>تۆمارەکەت</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>هیچ دەنگێک بۆ {language} لەسەر ئەم کۆمپیوتەرە نییە، بۆیە ناتوانرێت ئەمە بە دەنگی بەرز بخوێنرێتەوە. دەتوانرێت دەنگێک لە ڕێکخستنەکانی خودی کۆمپیوتەرەکەدا زیاد بکرێت.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>خوێندنەوە بە دەنگی بەرز ئێستا لەسەر ئەم کۆمپیوتەرە کار ناکات.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>بە دەنگی بەرز خوێندنەوە پێویستی بە قسەکردنی کۆمپیوتەرەکە هەیە، و لێرە کار ناکات. لەسەر Linux، دامەزراندنی speech-dispatcher و espeak-ng ئەمە دابین دەکات.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>نیشانە کراوە.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>هەندێکیان نیشانە کراون.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>نیشانە نەکراوە.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>ئەمە نموونەیە. وشەی نهێنییەکەی ئەمەیە: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>وشەکانت پاشەکەوت کران</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>ئەوەی نووسیت کاتێک شوێن نەمابوو، ئێستا پاشەکەوت کراوە.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>کۆدی گەڕاندنەوەکەت</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>دەربارەی من</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>حەز دەکەیت خەڵک چی دەربارەی تۆ بزانن؟</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>حەز دەکات خەڵک چی دەربارەی ئەو بزانن؟</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>خاڵە بەهێزەکانم</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>لە چیدا باشیت؟ خەڵک حەز لە چیی تۆ دەکەن؟</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>لە چیدا باشە؟ خەڵک حەز لە چیی ئەو دەکەن؟</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>ئەوەی یارمەتیم دەدات</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>کاتێک هەست بە فشار یان دڵتەنگی دەکەیت، چی یارمەتیت دەدات؟</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>کاتێک هەست بە فشار یان دڵتەنگی دەکات، چی یارمەتیی دەدات؟</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>ئەوەی یارمەتیم نادات</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>چی شتەکان بۆ تۆ قورستر دەکات؟</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>چی شتەکان بۆ ئەو قورستر دەکات؟</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>ئەو کەسانەی بۆم گرنگن</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>کێ بۆت گرنگە؟</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>کێ بۆی گرنگە؟</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>ئەوەی پێشتر سوودی هەبوو</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>لە ڕابردوودا چی یارمەتی داویت؟</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>لە ڕابردوودا چی یارمەتیی ئەوی داوە؟</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>کاتێک شتەکان قورس دەبن</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>کاتێک شتەکان بۆت قورس دەبن، خەڵک دەبێت چی بکەن؟</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>کاتێک شتەکان بۆی قورس دەبن، خەڵک دەبێت چی بکەن؟</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>هیوا و پلانەکان</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>بە خۆشییەوە چاوەڕێی چی دەکەیت؟</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>بە خۆشییەوە چاوەڕێی چی دەکات؟</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>گۆڕانکارییە نزیکەکان</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>ئایا شتێک خەریکە بگۆڕێت، وەک گواستنەوە یان قوتابخانەیەکی نوێ؟</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>ئایا شتێک بۆ ئەو خەریکە بگۆڕێت، وەک گواستنەوە یان قوتابخانەیەکی نوێ؟</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>بیگۆڕە، پاشان زیادی بکە</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>پێشنیارەکە بگۆڕە، پاشان زیادی بکە</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>بیکە بە هی خۆت</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>{name} پێشنیاری کردووە. هەرچی دەتەوێت بیگۆڕە؛ تەنها ئەوەی زیادی دەکەیت هەڵدەگیرێت.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>&amp;زیادی بکە بۆ دەفتەرەکەم</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>زیادی بکە بۆ دەفتەرەکەم</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ئێستا نا</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>ئێستا نا: با چاوەڕێ بێت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ناونیشان</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>وشەکان</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;وشەکان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;بەش</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;ئێستا گرنگە</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ئێستا گرنگە</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>پێشنیارەکان</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>بیرۆکە لەو کەسانەوە کە یارمەتیت دەدەن. هیچ شتێک ناچێتە ناو دەفتەرەکەتەوە مەگەر زیادی بکەیت.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>کردنەوەی &amp;پێشنیارەکان…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>فایلێکی پێشنیار بکەرەوە</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>فایلەکە دەکرێتەوە</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>هیچ شتێک چاوەڕێ نییە. کاتێک کەسێک کە یارمەتیت دەدات فایلێکی پێشنیارت پێ دەدات، لێرە بیکەرەوە.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>پێشنیارەکان کە چاوەڕێی تۆن</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>&amp;چاوەڕێی تۆن</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>پێشنیارکراو</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>پێشنیارەکە، لە تەنیشت ئەوەی پەیوەندیی پێوە هەیە</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>&amp;زیادی بکە بۆ دەفتەرەکەم</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>وەک خۆی زیادی بکە بۆ دەفتەرەکەم</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;بیگۆڕە، پاشان زیادی بکە…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>بیگۆڕە، پاشان زیادی بکە</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;نا، سوپاس…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>بە ئەم پێشنیارە بڵێ نا</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>نا، سوپاس</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>نا، سوپاس: واز لەم پێشنیارە بهێنە</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>بە «{title}» نا، سوپاس؟ ناچێتە ناو دەفتەرەکەتەوە، و ئەم پێشنیارە لێرە هەڵناگیرێت.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>نا، سوپاس: «{title}» ناچێتە ناو دەفتەرەکەتەوە.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>بۆ ئێستا بیهێڵەوە</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>پێشتر لە دەفتەرەکەتدا هەیە</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>هێشتا هیچ شتێکی وەک ئەوە نییە.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>کردنەوەی پێشنیارەکان</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>پێشنیارەکان (*{0});;هەر فایلێک (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>فایلەکە دەکرێتەوە و دەپشکنرێت…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>پێشتر هەموو شتێکی ئەم فایلەت لە {name}ەوە بینیوە.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} پێشنیارێکی نارد. هیچ شتێک لە دەفتەرەکەتدا نییە تا زیادی بکەیت.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} {count} پێشنیاری نارد. هیچ شتێک لە دەفتەرەکەتدا نییە تا زیادیان بکەیت.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>تێبینییەکەیان: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>هاوپێچ: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>وێنەی هاوپێچ: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>«{title}» زیاد کرا بۆ {section}.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>بە {name} بڵێ چیت بڕیار دا…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>بە {name} بڵێ چیت بڕیار دا</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>لە {name}ەوە، بۆ «{section}»</translation>
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
        <translation>قەبارەی دەق {0} لە سەدا</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>هێڵی کات</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>نووسینەکان، نوێترین یەکەم</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>هێشتا هیچ لێرە نییە. ئەوەی دەینووسیت لێرە دەردەکەوێت، نوێترین یەکەم.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>نوێترین یەکەم، بەپێی کاتی ڕوودان، یان کاتی نووسین.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>قوفڵ</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>ئێستا قوفڵی بکە (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>ئێستا بیشارەوە</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>دەستبەجێ قوفڵ بکە و پەڕەیەکی بەتاڵ پیشان بدە (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>ژمارەکان پشکنراون</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>ژمارەکان هێشتا نەپشکنراون</translation>
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
        <translation>لەوانەیە ڕۆژێک وشەی نهێنییەکەت و کۆدی گەڕاندنەوەکەت ون بکەیت. ئەوسا کەسانێک کە متمانەیان پێ دەکەیت دەتوانن یارمەتیت بدەن بگەڕێیتەوە ژوورەوە. سێ کەس لە کەسەکانت هەڵبژێرە. هەر یەکێکیان پارچەیەک وەردەگرێت. پارچە فایلێکی بچووکە. تەنها بەرنامەکەی خۆی دەتوانێت بیکاتەوە. دوو پارچە پێکەوە دەتگەڕێننەوە ژوورەوە. یەک پارچە بە تەنها هیچ ناکاتەوە.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>ئەگەر ڕۆژێک هەم وشەی نهێنییەکەت و هەم کۆدی گەڕاندنەوەکەت ون کرد، کەسانێک کە متمانەیان پێ دەکەیت دەتوانن یارمەتیت بدەن بگەڕێیتەوە ژوورەوە. سێ کەس لە کەسەکانت هەڵبژێرە. هەر یەکێکیان پارچەیەک وەردەگرێت: فایلێکی بچووک کە تەنها بەرنامەکەی خۆی دەتوانێت بیکاتەوە. هەر دوو پارچەیەک پێکەوە دەتگەڕێننەوە ژوورەوە؛ یەک پارچە بە تەنها هیچ ناکاتەوە.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>سێ کەس &amp;هەڵبژێرە</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>سێ کەس هەڵبژێرە</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>هەڵبژێردراو: {0} لە 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>&amp;ناوت، وەک کەسانی جێی متمانەت دەتناسن</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>ناوت، وەک کەسانی جێی متمانەت دەتناسن</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>هەر پارچەیەک دەڵێت هی کێیە. بۆیە سەرەتا کارتەکەت ناوێکی پێویستە. ئەم ناوە دەچێتە سەر کارتەکەشت (کارتەکەم).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>هەر پارچەیەک دەڵێت هی کێیە، بۆیە سەرەتا کارتەکەت ناوێکی پێویستە. ئەم ناوە دەچێتە سەر کارتەکەشت (کارتەکەم).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>ئەم ناوە &amp;بەکاربهێنە</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>ئەم ناوە بەکاربهێنە</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>سەرەتا کارتی ئەو کەسانە زیاد بکە کە متمانەیان پێ دەکەیت. ئەوە لە پەڕەی کەسەکان بکە. پاشان بگەڕێوە ئێرە.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>سەرەتا کارتی ئەو کەسانە زیاد بکە کە متمانەیان پێ دەکەیت (کەسەکان)، پاشان بگەڕێوە ئێرە.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>پارچەکانیان &amp;دروست بکە…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>پارچەکانیان دروست بکە</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>پارچەکان دروست دەکرێن</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>کەسانی جێی متمانە</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>بڕۆ بۆ &amp;کەسەکان…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>بڕۆ بۆ کەسەکان، بۆ زیادکردنی کارت یان پشکنینی ژمارەکانیان</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>پێویستت بە کارتی سێ کەسە. %n کارتی تر لە پەڕەی کەسەکاندا زیاد بکە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>پێویستت بە کارتی سێ کەسە: %n کارتی تر لە پەڕەی کەسەکاندا زیاد بکە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>سێ کەس لە لیستەکەدا نیشانە بکە. %n کەسی تر ماوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>سێ کەس لە لیستەکەدا نیشانە بکە: %n کەسی تر ماوە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>سێ کەس نیشانە کراون.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>سێ فایل لە {folder} پاشەکەوت کران. فایلی هەر کەسێک بە خۆی بدە. بە دەست بیدە، یان لەسەر فلاشێکی USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>سێ فایل لە {folder} پاشەکەوت کران. فایلی هەر کەسێک بە خۆی بدە (بە دەست، یان لەسەر فلاشێکی USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>سەرەتا ژمارەکانی کارتەکە لەگەڵ {0} بپشکنە. لە پەڕەی کەسەکان، لەسەر کارتەکەی، ئەوە بکە. ئەوسا دەزانیت پارچەکە بۆ کەسی ڕاست دەچێت.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>سەرەتا ژمارەکانی {0} لەگەڵ خۆیدا بپشکنە (کەسەکان، پاشان کارتەکەی): پارچەیەک تەنها هێندەی ئەو کارتە سەلامەتە کە بۆی دەچێت.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>سەرەتا ژمارەکانی ئەم کەسانە لەگەڵ خۆیاندا بپشکنە (کەسەکان، پاشان کارتەکەیان): {0}. پارچەیەک تەنها هێندەی ئەو کارتە سەلامەتە کە بۆی دەچێت.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>ئەو پارچانەی {0} هەیانە ئێستا کار ناکەن. هی پێش گەڕاندنەوەی دەفتەرەکەتن. سێ کەس لە خوارەوە نیشانە بکە بۆ دروستکردنی پارچەی نوێ.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>ئەو پارچانەی {0} هەیانە هی پێش گەڕاندنەوەن، و چیتر ئەم دەفتەرە ناکەنەوە. سێ کەس لە خوارەوە نیشانە بکە بۆ دروستکردنی پارچەی نوێ.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>هێشتا کەسانی جێی متمانەت نییە.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>کەسانی جێی متمانەت ئەمانەن: {0}. پارچەکانیانت لە {1} دروست کرد. ئەگەر پارچەی نوێ دروست بکەیت، پارچە کۆنەکان چیتر کار ناکەن.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>کەسانی جێی متمانەت ئەمانەن: {0} (پارچەکان لە {1} دروست کران). دروستکردنی پارچەی نوێ واتە ئەو پارچانەی ئێستا هەیانە هیچ ناکەنەوە.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>بوخچەیەک بۆ سێ پارچەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>لە بەرنامەکەی خۆیاندا دەیکەنەوە. دەچن بۆ ڕێکخستنەکان، پاشان «ئەو پارچانەی هەڵیاندەگرم».</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>لە بەرنامەکەی خۆیاندا لە ڕێکخستنەکان، پاشان «ئەو پارچانەی هەڵیاندەگرم»، دەیکەنەوە.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>دروستکردنی کۆدی نوێت تەواو نەکرد. کۆدە کۆنەکەت هێشتا کار دەکات.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>گەڕانەوە بۆ ژوورەوە بە یارمەتی کەسانی جێی &amp;متمانە…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>گەڕانەوە بۆ ژوورەوە بە یارمەتی کەسانی جێی متمانە</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;کردنەوەی قوفڵ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کردنەوەی قوفڵ</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;گەڕانەوە بۆ لیستەکە</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>گەڕانەوە بۆ لیستەکە</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>دەکرێتەوە</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>دەکرێتەوە…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>کۆدی &amp;گەڕاندنەوەکەت بنووسە</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>ئەو کۆدەی نووسیتەوە یان چاپت کرد</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>لە جیاتی ئەوە وشەی &amp;نهێنییەکەم بەکاربهێنە</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>وشەی &amp;نهێنییەکەت بنووسە</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>وشەی نهێنی</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>لە جیاتی ئەوە کۆدی &amp;گەڕاندنەوەکەم بەکاربهێنە</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>ئەوەی هاوبەشت کردووە وەربگرەوە</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>کاتێک بەرنامەکەیان دەیکاتەوە، ئەوەی هاوبەشت کردووە دەیسڕێتەوە و ئەو فایلە دووبارە ناکاتەوە.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>خۆی ناگاتە دەستیان: بەو شێوەیە بیدەرێ کە یەکەم فایلت پێدان.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>ناتوانێت ئەوە بگەڕێنێتەوە کە پێشتر خوێندوویانەتەوە، چاپیان کردووە یان نووسیویانەتەوە. ئەگەر ئەمە نیگەرانت دەکات، لەگەڵ ئەوان یان کەسێک کە متمانەت پێیەتی قسە بکە.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>فایلی وەرگرتنەوە &amp;دروست بکە…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>فایلی وەرگرتنەوە دروست بکە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>ئەمە فایلێکی بچووکی وەرگرتنەوە بۆ {name} دروست دەکات، لەبارەی ئەوەی لە {date} کاتژمێر {time} هاوبەشت کرد</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>، «{purpose}»</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} و %nی تر</numerusform>
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
        <translation>نووسراوە لەگەڵ</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>کەسێک کە یارمەتیی دایت ئەمە بنووسیت. ناوێک هەڵبژێرە یان بینووسە، یان بە بەتاڵی جێی بهێڵە.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>تەنها من</translation>
    </message>
</context>
</TS>
