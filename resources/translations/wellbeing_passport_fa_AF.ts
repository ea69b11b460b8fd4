<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>کارت کسی را اضافه کن</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>فایل کارتی را که به تو داده‌اند انتخاب کن. بعد شماره‌ها را با هم بلند بخوانید: اگر یکی باشند، هیچ‌کس کارت را در راه عوض نکرده است.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>&amp;فایل کارت را انتخاب کن…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>فایل کارت را انتخاب کن</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>شماره‌ها را بلند خواندیم و &amp;یکی هستند</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>شماره‌ها را بلند خواندیم و یکی هستند</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>&amp;کارت را اضافه کن</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>کارت را اضافه کن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارت‌ها (*{0});;هر فایل (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>به {name} بگو چه تصمیم گرفتی</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>به آن‌ها بگو چه تصمیم گرفتی</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>این همهٔ چیزی است که جواب می‌گوید. هیچ عنوانی و هیچ‌کدام از کلمات تو در آن نیست: {name} آن را کنار چیزی که فرستاده بود می‌بیند.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>آنچه جواب می‌گوید</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>آنچه جواب &amp;می‌گوید</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>جواب را &amp;ذخیره کن…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>جواب را به شکل فایل ذخیره کن</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>اضافه‌اش کردی</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>با تغییر اضافه‌اش کردی</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>گفتی نه، ممنون</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>هنوز تصمیم نگرفته‌ای</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>پیشنهاد {number}، فرستاده‌شده در {date}: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>جواب برای {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>جواب را ذخیره کن</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>جواب‌ها (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>ذخیره شد. فایل را به {name} بده؛ در برنامهٔ خودشان «فرستادن پیشنهادها…» و بعد «باز کردن یک جواب…» را انتخاب می‌کنند.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>عکس‌ها، صداها و فایل‌ها</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>یک عکس، صدا یا فایل اضافه کن…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>یک عکس، صدا یا فایل اضافه کن</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>عکس‌ها و صداها (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;هر فایل (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>یک نسخه ذخیره کن</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>یک نقاشی بکش…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>یک نقاشی بکش</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>یک صدا ضبط کن…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>یک صدا ضبط کن</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>اول یک عنوان بگذار، بعد می‌توانی عکس، صدا و فایل اضافه کنی.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>در حال اضافه کردن {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} اضافه شد.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} برداشته شود؟</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>از این نوشته برداشته و پاک می‌شود. این کار برگشت ندارد.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>بردار</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگهش دار</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} برداشته شد.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>در حال ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>یک نسخه به نام {name} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>یک نسخه ذخیره کن…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>یک نسخه از {name} ذخیره کن</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>برداشتن…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} را بردار</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>در حال باز کردن عکس…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>عکس: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>این عکس نشان داده نمی‌شود، اما در جای امن نگه داشته شده است.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>نقاشی من، {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>صدای ضبط‌شدهٔ من، {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>کمتر از 1 کیلوبایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} مگابایت</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} گیگابایت</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>پیوست</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>{name} را پخش کن</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>صداها روی این کمپیوتر پخش نمی‌شوند. می‌توانی یک نسخه ذخیره کنی و جای دیگری پخشش کنی.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>{name} را متوقف کن</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>در حال پخش</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>این صدا این‌جا پخش نمی‌شود. می‌توانی یک نسخه ذخیره کنی و جای دیگری پخشش کنی.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>نسخهٔ پشتیبان ذخیره کن</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>یک فایل با همه‌چیز دفترچه‌ات. یعنی کلمات، عکس‌ها، صداها، تاریخچه و افراد. اگر این لپ‌تاپ گم شود، این فایل دفترچه‌ات را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>یک فایل با همه‌چیز دفترچه‌ات: کلمات، عکس‌ها، صداها، تاریخچه و افراد. اگر این لپ‌تاپ گم شود، دفترچه‌ات را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>کد بازیابی تازه‌ات این فایل را باز می‌کند. آن را جای امنی، دور از این لپ‌تاپ نگه دار.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>کد بازیابی‌ات این فایل را باز می‌کند. آن را جای امنی، دور از این لپ‌تاپ نگه دار.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>در حال ذخیرهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>جای &amp;ذخیره را انتخاب کن…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>جای ذخیرهٔ نسخهٔ پشتیبان را انتخاب کن</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>نسخهٔ پشتیبان {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>نسخه‌های پشتیبان (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>در حال ذخیره… می‌توانی به کار با برنامه ادامه بدهی.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>به نام {name} در {folder} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>از آخرین نسخهٔ پشتیبانت مدتی گذشته است. نسخهٔ پشتیبان دفترچه‌ات را امن نگه می‌دارد اگر این لپ‌تاپ گم شود.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>نسخهٔ &amp;پشتیبان ذخیره کن…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>نسخهٔ پشتیبان ذخیره کن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>حالا نه: دفعهٔ بعد یادم بده</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>یادآوری نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>کد بازیابی‌ات عوض شده است و نسخه‌های پشتیبانی که قبلاً ذخیره کردی فقط با کد قبلی باز می‌شوند. حالا یک نسخهٔ پشتیبان تازه ذخیره کن که با کد تازه‌ات باز شود.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>کد بازیابی‌ات عوض شده است. همین حالا یک نسخهٔ پشتیبان ذخیره کن، تا اگر این لپ‌تاپ گم شد دفترچه‌ات امن بماند؛ کد تازه‌ات آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>کد بازیابی‌ات عوض شده است. نسخه‌های پشتیبان قبلی‌ات کد قبلی را می‌خواهند. پس همین حالا یک نسخهٔ پشتیبان تازه ذخیره کن. آن با کد تازه‌ات باز می‌شود.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>کد بازیابی‌ات عوض شده است. همین حالا یک نسخهٔ پشتیبان ذخیره کن. آن وقت اگر این لپ‌تاپ گم شود، دفترچه‌ات امن می‌ماند. کد تازه‌ات نسخهٔ پشتیبان را باز می‌کند.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>مدتی است نسخهٔ پشتیبان ذخیره نکرده‌ای. نسخهٔ پشتیبان دفترچه‌ات را امن نگه می‌دارد اگر این لپ‌تاپ گم شود.</translation>
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
        <translation>چطور با من حرف بزنید</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>مرا این‌طور صدا کنید</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>نامی که دوست داری با آن صدایت کنند</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>لطفاً دربارهٔ این‌ها از من نپرسید</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>مثلاً: به من بگویید بعد چه می‌شود؛ به من وقت بدهید تا جواب بدهم</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>این‌ها در دفترچه‌ات می‌مانند. فقط وقتی شریک می‌شوند که هنگام شریک کردن نشانی‌شان کنی، و آن وقت پیش از همه‌چیز می‌آیند.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>مرا این‌طور &amp;صدا کنید…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>&amp;لطفاً دربارهٔ این‌ها از من نپرسید…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;چطور با من حرف بزنید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>کلمه‌ها زیاد است: در هر خانه حداکثر %n حرف جا می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>مردم تو را چه صدا کنند؟ آیا چیزی هست که ترجیح می‌دهی درباره‌اش از تو نپرسند؟ دوست داری مردم چطور با تو حرف بزنند؟</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>مرا این‌طور صدا کنید</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>لطفاً دربارهٔ این‌ها از من نپرسید</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>چطور با من حرف بزنید</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>فقط وقتی شریک می‌شوند که هنگام شریک کردن نشانی‌شان کنی.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>آن‌ها را &amp;بنویس…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر بده…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>آنچه مردم باید اول بدانند را بنویس</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>آنچه مردم باید اول بدانند را تغییر بده</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>مرا این‌طور صدا کنید</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>لطفاً دربارهٔ این‌ها از من نپرسید</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>چطور با من حرف بزنید</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>لطفاً اول این را بخوانید</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>آنچه مردم باید اول بدانند: هر کدام را نشانی کن تا بالای صفحه بیاید.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>«{0}» را در صفحه بگذار</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>{sender} این را با {recipient} شریک کرده، تا {until} باز است. {sender} به {recipient} اجازه داده یک کاپی در پرونده‌های خود نگه دارد؛ جز این، لطفاً آن را به کسی نده.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>{sender} این را با {recipient} شریک کرده، تا {until} باز است. لطفاً آن را کاپی نکن و به کسی نده.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>نه برای پرونده.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>می‌توانند آن را در پرونده‌های خود کپی کنند (آن کپی بعد از پایان هم آن‌جا می‌ماند)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>فقط خواندنی: نه برای پرونده</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} مگابایت</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(تازه)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n تازه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n تغییر کرده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n دیگر شریک نیست</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>از {0} به این طرف چیزی تغییر نکرده است.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>آنچه از {0} به این طرف تغییر کرده: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>دیگر شریک نیست: %n از دفعهٔ قبل</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>حالا زیر ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>حالا به عنوان «همین حالا مهم» نشانی شده</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>دیگر به عنوان «همین حالا مهم» نشانی نشده</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>تاریخ تازه برای پرسیدن این‌که هنوز درست است یا نه</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>تاریخ تازه برای زمانی که اتفاق افتاد</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>رنگ تازه</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>عکس‌ها، صداها یا فایل‌هایش تغییر کرده</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>کلمات تازه زیرشان خط کشیده و با (تازه) نشانی شده‌اند</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>بعضی کلمات برداشته شده‌اند</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>تازه:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>تغییر کرده:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>کلماتی که زیرشان خط کشیده شده و بعد از هرکدام (تازه) آمده، از {0} به این طرف تازه یا تغییر کرده‌اند.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>شریک‌شده توسط {0}</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>همین حالا مهم</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>در این فایل هیچ‌چیز به عنوان «همین حالا مهم» نشانی نشده است.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>همهٔ چیزهای شریک‌شده</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>شریک‌شده توسط</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>شماره‌هایی که نشان می‌دهند از طرف تو آمده</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>شماره‌هایی که نشان می‌دهند از طرف آن‌ها آمده</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>شریک‌شده با</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ساخته‌شده در</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>باز تا</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>پایان {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>چرا شریک شد</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(بدون یادداشت)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>تازه از {0}</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>تغییر کرده از {0}</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>اتفاق افتاد {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>آخرین تغییر {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>پیشنهاد از {carer} (سرپرست)، تغییر داده و اضافه‌شده توسط {owner}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>پیشنهاد از {carer} (سرپرست)، اضافه‌شده توسط {owner}</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>عکس: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>عکسی که نشان داده نمی‌شود: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>صدا: {0} ({1})</translation>
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
        <translation>دربارهٔ این فایل</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} صفحهٔ {1} از {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>تازه: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>تغییر کرده: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>تغییر کرده: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;شماره‌ها را مقایسه کنید…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>شماره‌ها را مقایسه کنید</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>شماره‌های کارت را با آن شخص بخوانید؛ اگر یکی بودند، آن را بررسی‌شده نشانی کنید</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>فایل شریک‌شده</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>یک فایل شریک‌شده را از فهرست انتخاب کنید تا این‌جا بخوانید.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>صداهای این فایل</translation>
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
        <translation>ذخیره به شکل &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به شکل PDF</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>شریک‌شده توسط {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>یک کارت اضافه کن</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>یک کارت را بررسی کن</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>آیا این کارت واقعاً از طرف {0} است؟ با هم بررسی‌اش کنید، رو در رو یا با تیلفون. شماره‌ها را بلند بخوانید، هر بار یک گروه پنج‌تایی. {0} به شماره‌های خودش نگاه می‌کند. آیا همهٔ گروه‌ها یکی هستند؟ پس کارت واقعاً مال خودشان است. هیچ‌کس آن را در راه عوض نکرده.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>این شماره‌ها را با {0} بلند بخوانید، رو در رو یا با تیلفون. اگر شماره‌های آن‌ها هم همین باشد، کارت واقعاً مال خودشان است و هیچ‌کس آن را در راه عوض نکرده.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>شماره‌ها را &amp;مقایسه کردیم، بررسی‌شده نشانی کن</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>شماره‌ها را مقایسه کردیم، بررسی‌شده نشانی کن</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;حالا نه</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>اضافه کن، &amp;بعداً بررسی کن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>پیش‌نویس‌های شما این‌جا می‌مانند. فقط چیزی که می‌فرستید به نوجوان می‌رسد و او تصمیم می‌گیرد چه چیزی را نگه دارد.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;فرستادن پیشنهادها…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>فرستادن پیشنهادها</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>پیش‌نویس‌ها را انتخاب کنید و به شکل فایل برای نوجوان ذخیره کنید (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>&amp;کارت نوجوان را اضافه کنید…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>کارت نوجوان را اضافه کنید</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>کارت &amp;من…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>کارت من</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>کارت شما، تا نوجوان آن را اضافه کند و بداند پیشنهادها واقعاً از طرف شماست</translation>
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
        <translation>شماره‌ها بررسی شده</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>شماره‌ها هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>با رمز عبور شریک شده (بدون کارت)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی</translation>
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
        <translation>به 116 123 زنگ بزن</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>کلمهٔ SHOUT را به 85258 پیام بفرست</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (تا 19 سال)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>به 0800 1111 زنگ بزن</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS، وقتی فوری است اما اضطراری نیست</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>به 111 زنگ بزن</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>در حالت اضطراری</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>به 999 زنگ بزن</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>اگر همین حالا به کسی نیاز داری که با او حرف بزنی</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>این افراد برای تو هستند، رایگان، شب و روز:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>«{0}» برای همیشه حذف شود؟</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>برای همیشه حذف شود؟</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>همه‌چیز داخل آن از این کمپیوتر پاک می‌شود: هر نوشته، عکس و صدا، و هرچه شریک کرده یا گرفته‌ای. این کار برگشت ندارد. فقط یک نسخهٔ پشتیبان، اگر ذخیره شده باشد، می‌تواند آن را برگرداند.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>فقط کسی که این دفترچه مال اوست می‌تواند آن را حذف کند: رمز عبور یا کد بازیابی آن را بنویس. بدون یکی از این دو نمی‌شود آن را از برنامه حذف کرد.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>&amp;رمز عبور یا کد بازیابی آن:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>رمز عبور یا کد بازیابی آن</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>&amp;برای همیشه حذفش کن</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>برای همیشه حذفش کن</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;نگهش دار</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگهش دار</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>کارت نوجوان را اضافه کنید (کارت نوجوان را اضافه کنید…) تا معلوم شود این پیش‌نویس‌ها برای دفترچهٔ چه کسی است.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>پیش‌نویس‌ها برای {name}. تصمیم با {name} است که چه چیزی به دفترچه‌اش برود.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>کارت {name} اضافه شد و شماره‌هایش بررسی شده است. حالا می‌توانید برای {name} پیشنهاد بفرستید.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>کارت {name} اضافه شد. هر وقت توانستید شماره‌هایش را با {name} بررسی کنید؛ حالا می‌توانید پیشنهاد بفرستید.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>یک نقاشی بکش</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>صفحهٔ نقاشی</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>کلیدهای جهت‌نما علامت را حرکت می‌دهند؛ Space قلم را پایین می‌گذارد یا بالا می‌برد؛ Shift همراه یک جهت‌نما آن را دورتر می‌برد.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>نازک</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>قلم نازک</translation>
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
        <translation>ضخیم</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>قلم ضخیم</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>سیاه</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>سرخ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>قهوه‌ای</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>پاک‌کن</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگردان</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>برگردان</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>آخرین خط را برگردان (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>صفحه را &amp;پاک کن</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>صفحه را پاک کن</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>این نقاشی را &amp;نگه دار</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>این نقاشی را نگه دار</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>نگهش ن&amp;دار</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>این نقاشی را نگه ندار</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;قلم:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;رنگ:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>صفحه‌کلید: با Tab به صفحه برو، بعد جهت‌نماها علامت را حرکت می‌دهند و Space قلم را پایین می‌گذارد یا بالا می‌برد.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>عکس: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>همین حالا مهم</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>عکس دارد</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>صدا دارد</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>فایل دارد</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>باز کردن «{title}»</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>سرخ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>گلابی</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بدون رنگ</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>رنگی از خودت</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>همین حالا مهم</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>و {0} تای دیگر</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>→ برگشت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>برگشت (Esc). کلماتت ذخیره شده‌اند.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>نسخه‌های قبلی…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>نسخه‌های قبلی</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>برای همیشه پاک کن…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>برای همیشه پاک کن</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>این نوشته</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>چند کلمه که با آن پیدایش کنی</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>کلمات تو</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>هر قدر که دلت می‌خواهد بنویس، کم یا زیاد.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>&amp;کلمات تو</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;همین حالا مهم: اول در صفحهٔ خانه نشانش بده</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>همین حالا مهم</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>بپرس که هنوز درست است یا نه، &amp;در تاریخ</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>از من بپرس که هنوز درست است یا نه، &amp;در تاریخ</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>&amp;بخش</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>&amp;نوشته‌شده با</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>تاریخ پرسیدن این‌که هنوز درست است یا نه</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>تاریخی که اتفاق افتاد</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>&amp;کی اتفاق افتاد</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;رنگ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>ذخیره نشد: این خیلی طولانی است. آن را به دو نوشته تقسیم کن.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>هنوز ذخیره نشده: روی این کمپیوتر جای خالی نمانده. کلماتت هنوز این‌جا هستند و به محض این‌که جا باز شود ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>هنوز ذخیره نشده: یک عنوان بگذار</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>ذخیره شد. تا وقتی عنوان نگذاری، کلمات اول عنوانش هستند.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>نسخهٔ قبلی برگشت. کلمات بعدی‌ات در تاریخچه‌اش نگه داشته شده‌اند.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>«{title}» برای همیشه پاک شود؟</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>این کار نوشته، همهٔ نسخه‌های قبلی‌اش و عکس‌ها، صداها و فایل‌هایش را برمی‌دارد. برگشت ندارد.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگهش دار</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>پیشنهاد از {name}</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>{name} این را پیشنهاد داد؛ تو پیش از اضافه کردنش در {day} تغییرش دادی.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>{name} این را پیشنهاد داد؛ تو در {day} اضافه‌اش کردی.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>شماره‌های کارت: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: تکهٔ {1} از 3، ساخته‌شده در {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>کسی که به تو اعتماد دارد شاید یک تکه به تو بدهد. این تکه کمکش می‌کند دوباره وارد دفترچه‌اش شود. آن را این‌جا نگه دار. شاید روزی به آن نیاز داشته باشد. آن وقت کلمه‌هایش را به او نشان بده. به هیچ‌کس دیگر نشان نده.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>کسی که به تو اعتماد دارد شاید تکه‌ای از راه برگشتنش به داخل را به تو بدهد. آن را این‌جا نگه دار. اگر روزی به آن نیاز داشت، کلمه‌هایش را به خودش نشان بده، و به هیچ‌کس دیگر نه.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;تکه‌هایی که نگه می‌داری</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>تکه‌هایی که نگه می‌داری</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>هیچ تکه‌ای برای کسی نگه نمی‌داری.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>یک تکه را از فایل &amp;نگه دار…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>یک تکه را از فایل نگه دار</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>کلمه‌هایش را نشان &amp;بده…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>کلمه‌های تکهٔ انتخاب‌شده را نشان بده</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>&amp;حذف آن فایل…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>فایلی را که تکه از آن نگه داشته شد حذف کن</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>یک تکه را نگه دار</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>تکه‌ها (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>حالا تکهٔ {0} پیش توست. این تکهٔ {1} از 3 است. فقط وقتی {0} خواست آن را نشان بده. دیگر به فایل نیاز نداری. حذفش کن، تا کس دیگری پیدایش نکند.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>تکهٔ {0}، {1} از 3، نگه داشته شد. فقط وقتی {0} خواست آن را نشان بده. فایلی که از آن آمده دیگر لازم نیست: حذفش کن، تا کس دیگری پیدایش نکند.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>فایل تکه حذف شود؟</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>تکه این‌جا نگه داشته شده، پس فایل {0} لازم نیست. از جایی که هست حذف شود؟</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>حذفش کن</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>فایل را نگه دار</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>فایل حذف شد. تکه این‌جا نگه داشته شده.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>شماره‌ها را مقایسه کنید</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>این فایل می‌گوید از طرف {0} است، اما با کارتی امضا شده که قبلاً ندیده‌ای. هر کسی می‌تواند روی کارت نامی بگذارد، پس باز نشد.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>از {0} بخواه شماره‌های کارتش را بخواند، رو در رو یا با تیلفون، و آن‌ها را با این‌ها مقایسه کن.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>شماره‌های کارتی که این فایل را امضا کرده:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>شماره‌های {0} که می‌شناسی، اولین بار دیده‌شده در {1}:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;حذفش کن</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>حذفش کن</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>کس &amp;دیگری است: نگهش دار</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>کس دیگری است: نگهش دار</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>شماره‌هایشان با این کارت یکی است: آن را از طرف شخص دیگری ثبت کن</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;حالا نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>می‌گوید از طرف {name} است، رسیده در {day}: کارت دیگر، نگه داشته شده</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>&amp;نگه‌داشته: باز نشده</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>این‌ها می‌گویند از طرف کسی هستند که می‌شناسی، اما با کارت دیگری امضا شده‌اند. هر کسی می‌تواند روی کارت نامی بگذارد. پیش از اعتماد، شماره‌ها را با آن شخص مقایسه کن.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>فایل‌های نگه‌داشته</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>&amp;شماره‌ها را مقایسه کنید…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>شماره‌ها را مقایسه کنید</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>شماره‌های هر دو کارت را ببین، بعد فایل را نگه دار یا حذف کن</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>حذف شد. هیچ‌چیز از فرستاده‌های آن کارت نگه داشته نشد.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>به عنوان فایل شخص دیگری که او هم {0} نام دارد نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>این پروفایل برای چیست و چطور کار می‌کند (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>این جای خصوصی خودت است تا آنچه دربارهٔ تو مهم است را نگه داری، تا لازم نباشد داستانت را دوباره تعریف کنی. روی همین کمپیوتر، قفل‌شده، می‌ماند. هیچ‌چیز شریک نمی‌شود مگر این‌که خودت انتخاب کنی.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>اگر همین حالا به کسی نیاز داری که با او حرف بزنی</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>این برنامه خدمات اضطراری نیست و هیچ‌کس آنچه این‌جا می‌نویسی را نمی‌بیند. این افراد برای تو هستند، رایگان، شب و روز:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>شریک کردن</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>تنظیمات، بعد نسخهٔ پشتیبان، یک فایل با همه‌چیز ذخیره می‌کند. آن را روی یک فلش USB یا جایی دور از این لپ‌تاپ نگه دار. کد بازیابی‌ات آن را باز می‌کند، پس کد را هم امن نگه دار. روی لپ‌تاپ تازه، در صفحهٔ اول «بازگرداندن از نسخهٔ پشتیبان» را انتخاب کن.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>کدت گم شد، یا کسی آن را دید؟ تنظیمات، بعد کد بازیابی، یک کد تازه می‌سازد: اول رمز عبورت را بنویس. بعد گروه آخر کد تازه را بنویس تا نشان بدهی که آن را نوشته‌ای؛ فقط آن وقت جای کد قبلی‌ات را می‌گیرد (اگر پیش از آن قفل کنی، کد قبلی‌ات هنوز کار می‌کند). بازگرداندن از نسخهٔ پشتیبان هم یک کد تازه به تو می‌دهد. کد قبلی‌ات هنوز نسخه‌های پشتیبان قدیمی‌ات را باز می‌کند، و دفترچه را روی یک لپ‌تاپ قدیمی، اما این یکی را نه؛ پس یک نسخهٔ پشتیبان تازه ذخیره کن.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>اگر رمز عبورت را فراموش کنی</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>«شریک کن…» را بزن، دکمه‌ای که زیر فهرست صفحه‌هاست، نوشته‌ها را نشانی کن و انتخاب کن برای چه کسی است. پیش از ذخیرهٔ هر چیز، دقیقاً همان چیزی را می‌بینی که آن‌ها خواهند دید. فایل فقط در برنامهٔ آن‌ها باز می‌شود (یا با رمز عبوری که با صدای خودت به آن‌ها می‌گویی)، و فقط تا تاریخی که انتخاب کردی. بعداً می‌توانی آن را از صفحهٔ افراد پس بگیری.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>این جای خصوصی خودت است. آنچه دربارهٔ تو مهم است را این‌جا نگه می‌داری. آن وقت لازم نیست داستانت را دوباره تعریف کنی. روی همین کمپیوتر می‌ماند. قفل است. هیچ‌چیز شریک نمی‌شود مگر این‌که خودت انتخاب کنی.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>این برنامه خدمات اضطراری نیست. هیچ‌کس آنچه این‌جا می‌نویسی را نمی‌بیند. این افراد برای تو هستند. رایگان هستند. شب و روز هستند:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>دوباره شریک کردن، و پاسخ‌ها</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>اگر دوباره با همان شخص شریک کنی، فایل تازه جای فایل قبلی را می‌گیرد: برنامهٔ او فقط تازه‌ترین را نگه می‌دارد و به او نشان می‌دهد چه چیزی تغییر کرده. اگر پاسخ داد، فایلش را در صفحهٔ افراد باز کن («باز کردن یک رسید یا پاسخ…»). پیامش، و کاری که دربارهٔ هر نوشته خواهد کرد، کنار همان شریک‌سازی زیر «آنچه با این شخص شریک کردم» نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>بالای صفحهٔ خانه می‌توانی بنویسی مردم تو را چه صدا کنند، دربارهٔ چه چیزی از تو نپرسند، و چطور با تو حرف بزنند. وقتی آن‌ها را شریک کنی، اولین چیزی هستند که آن شخص می‌خواند.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>وقتی همه‌چیز سخت می‌شود</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>دکمهٔ «وقتی همه‌چیز سخت می‌شود» (Ctrl+Shift+P) پلان خودت را نگه می‌دارد، قدم به قدم، با کلمه‌های خودت، همراه کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی. می‌توانی آن را مثل هر نوشتهٔ دیگری شریک کنی.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>عکس‌ها، نقاشی‌ها و صداها</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>در یک نوشته می‌توانی عکس یا صدایی را از یک فایل اضافه کنی، نقاشی بکشی، یا صدای خودت یا موسیقی را ضبط کنی. همه قفل‌شده داخل دفترچه‌ات نگه داشته می‌شوند، هرگز به شکل فایل‌های جدا.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>معرفی یک‌صفحه‌ای تو</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>«معرفی یک‌صفحه‌ای من…»، زیر فهرست صفحه‌ها، از نوشته‌هایی که انتخاب می‌کنی یک صفحه دربارهٔ تو می‌سازد، برای چاپ یا ذخیره به شکل PDF. فقط همان چیزی که انتخاب می‌کنی در آن می‌آید.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>یک کد بازیابی تازه</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>در صفحهٔ باز کردن قفل، «به جایش از کد بازیابی‌ام استفاده کن» را انتخاب کن و کدی را که هنگام شروع نوشتی تایپ کن؛ بعد یک رمز عبور تازه انتخاب کن.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>اگر کد بازیابی را هم گم کنی</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>افراد مورد اعتماد می‌توانند کمک کنند، اگر از قبل آن‌ها را تعیین کرده باشی: در تنظیمات، بعد افراد مورد اعتماد، سه نفر را انتخاب کن و به هر کدام تکهٔ خودش را بده. بعد، در صفحهٔ باز کردن قفل، «دوباره وارد شدن با کمک افراد مورد اعتماد» را انتخاب کن و کلمه‌هایی را که دو نفر از آن‌ها برایت می‌خوانند بنویس. بدون رمز عبورت، کد بازیابی‌ات یا تکه‌های دو نفر مورد اعتماد، هیچ‌کس نمی‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>نگه داشتن یک تکه برای کسی</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>اگر دوستی تو را یکی از افراد مورد اعتماد خودش کند، تکه‌اش را در تنظیمات، بعد «تکه‌هایی که نگه می‌دارم»، نگه دار. کلمه‌هایش را فقط به خودش نشان بده، وقتی خواست.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>کلیدهای کیبورد</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>همین حالا پنهان کن: فوراً قفل می‌کند و یک صفحهٔ خالی نشان می‌دهد</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>چیز تازه‌ای بنویس</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>چیزی را شریک کن</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>وقتی همه‌چیز سخت می‌شود: پلانت، و کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>این صفحه یا این نوشته را بلند بخوان؛ Esc آن را متوقف می‌کند</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>حرکت بین چیزها</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>جلو رفتن، برگشتن</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>بلند خواندن و خواندن آسان</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>بلند خواندن در خانه و در هر نوشته هست. از صدای خود کمپیوترت استفاده می‌کند. هیچ‌چیز ضبط یا ذخیره نمی‌شود. خواندن آسان در تنظیمات، بعد نام و ظاهر است. جمله‌های کوتاه، متن بزرگ‌تر و تصویرها می‌دهد.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>بلند خواندن، در خانه و در هر نوشته، از صدای خود کمپیوترت استفاده می‌کند؛ هیچ‌چیز ضبط یا ذخیره نمی‌شود. در تنظیمات، بعد نام و ظاهر، خواندن آسان هست: جمله‌های کوتاه، متن بزرگ‌تر و تصویرها.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>تصویرها از OpenMoji (openmoji.org) هستند و زیر مجوز Creative Commons یعنی CC BY-SA 4.0 شریک شده‌اند.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>دکمهٔ «شریک کن…» را بزن. زیر فهرست صفحه‌هاست. نوشته‌هایی را که می‌خواهی شریک کنی نشانی کن. انتخاب کن برای چه کسی است. پیش از ذخیرهٔ هر چیز، دقیقاً همان چیزی را می‌بینی که آن‌ها خواهند دید. فایل فقط در برنامهٔ آن‌ها باز می‌شود. یا با رمز عبوری باز می‌شود که به آن‌ها می‌گویی. فقط تا تاریخی که انتخاب کردی باز می‌شود. بعداً می‌توانی آن را در صفحهٔ افراد پس بگیری. یعنی آن را از آن‌ها پس می‌گیری.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>می‌توانی دوباره با همان شخص شریک کنی. آن وقت فایل تازه جای فایل قبلی را می‌گیرد. برنامهٔ او فقط تازه‌ترین را نگه می‌دارد. به او نشان می‌دهد چه چیزی تغییر کرده. شاید با یک فایل جواب بدهد. آن را در صفحهٔ افراد، با «باز کردن یک رسید یا پاسخ…»، باز کن. آن وقت پیامش را می‌بینی. می‌بینی دربارهٔ هر نوشته چه کار خواهد کرد. این کنار همان شریک‌سازی، زیر «آنچه شریک کردم» است.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>بالای صفحهٔ خانه می‌توانی سه چیز بنویسی. مردم تو را چه صدا کنند. دربارهٔ چه چیزی از تو نپرسند. چطور با تو حرف بزنند. اگر آن‌ها را شریک کنی، آن شخص اول آن‌ها را می‌خواند.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>دکمهٔ «وقتی همه‌چیز سخت می‌شود» را بزن، یا Ctrl+Shift+P. پلان خودت را نگه می‌دارد. پلان قدم به قدم است، با کلمه‌های خودت. کسانی را دارد که همین حالا می‌توانی با آن‌ها حرف بزنی. می‌توانی آن را مثل هر نوشتهٔ دیگری شریک کنی.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>در یک نوشته می‌توانی عکس یا صدایی را از یک فایل اضافه کنی. می‌توانی نقاشی بکشی. می‌توانی صدای خودت یا موسیقی را ضبط کنی. همه قفل‌شده داخل دفترچه‌ات می‌مانند. هرگز به شکل فایل‌های جدا ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>«معرفی یک‌صفحه‌ای من…» زیر فهرست صفحه‌هاست. یک صفحه دربارهٔ تو می‌سازد. نوشته‌هایش را خودت انتخاب می‌کنی. می‌توانی صفحه را چاپ کنی یا به شکل PDF ذخیره کنی. فقط همان چیزی که انتخاب می‌کنی در آن می‌آید.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>برو به تنظیمات، بعد نسخهٔ پشتیبان. یک فایل با همه‌چیز ذخیره می‌کند. فایل را روی یک فلش USB، یا جایی دور از این لپ‌تاپ نگه دار. کد بازیابی‌ات آن را باز می‌کند. پس کد را هم امن نگه دار. روی لپ‌تاپ تازه، در صفحهٔ اول «بازگرداندن از نسخهٔ پشتیبان» را انتخاب کن.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>کدت را گم کردی؟ یا کسی آن را دید؟ برو به تنظیمات، بعد کد بازیابی. رمز عبورت را بنویس. بعد یک کد تازه بساز. بعد گروه آخر کد تازه را بنویس. این نشان می‌دهد که آن را نوشته‌ای. فقط آن وقت کد تازه کار می‌کند. بازگرداندن از نسخهٔ پشتیبان هم یک کد تازه به تو می‌دهد. بعد از آن، کد قبلی‌ات هنوز نسخه‌های پشتیبان قدیمی‌ات را باز می‌کند. شاید یک لپ‌تاپ قدیمی را هم باز کند. این یکی را باز نمی‌کند. پس یک نسخهٔ پشتیبان تازه ذخیره کن.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>برو به صفحهٔ باز کردن قفل. «به جایش از کد بازیابی‌ام استفاده کن» را انتخاب کن. کدی را که هنگام شروع نوشتی تایپ کن. بعد یک رمز عبور تازه انتخاب کن.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>افراد مورد اعتماد می‌توانند کمک کنند. اما اول باید آن‌ها را تعیین کنی. برو به تنظیمات، بعد افراد مورد اعتماد. سه نفر را انتخاب کن. به هر کدام تکهٔ خودش را بده. بعد، اگر نتوانستی وارد شوی، برو به صفحهٔ باز کردن قفل. «دوباره وارد شدن با کمک افراد مورد اعتماد» را انتخاب کن. دو نفر از آن‌ها کلمه‌هایشان را برایت می‌خوانند. آن کلمه‌ها را بنویس. هیچ‌کس بدون یکی از این‌ها نمی‌تواند آن را باز کند: رمز عبورت، کد بازیابی‌ات، یا تکه‌های دو نفر مورد اعتماد.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>شاید دوستی تو را یکی از افراد مورد اعتماد خودش کند. آن وقت تکه‌اش را در تنظیمات، بعد «تکه‌هایی که نگه می‌دارم»، نگه دار. کلمه‌هایش را فقط به خودش نشان بده. فقط وقتی خواست نشان بده.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>این پروفایل برای کمک به یک نوجوان است. این‌جا برای چیزهایی که او در برنامهٔ خودش نگه می‌دارد پیشنهاد می‌نویسید. پیش‌نویس‌های شما تا وقتی بفرستید این‌جا، قفل‌شده، می‌مانند و نوجوان تصمیم می‌گیرد چه چیزی را نگه دارد.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>فرستادن پیشنهادها</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>هر پیشنهاد را به شکل پیش‌نویس بنویسید (Ctrl+N برای یکی تازه). وقتی آماده بودید، «فرستادن پیشنهادها…» را انتخاب کنید، پیش‌نویس‌ها را نشانی کنید و فایل را ذخیره کنید. فایل را به نوجوان بدهید: فقط برنامهٔ او می‌تواند آن را باز کند. او می‌تواند هر پیشنهاد را اضافه کند، تغییر دهد یا کنار بگذارد.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>کارت‌ها و بررسی شماره‌ها</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>پیش از فرستادن، کارت نوجوان را اضافه کنید (کارت نوجوان را اضافه کنید…). کارت خودتان را هم به او بدهید (کارت من…) و نشانش دهید چطور آن را در صفحهٔ افراد اضافه کند، تا بداند پیشنهادها واقعاً از طرف شماست. بعد شماره‌های هر دو کارت را با هم مقایسه کنید، رو در رو یا با تیلفون. اگر یکی بودند، کارت‌ها درست هستند.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>جواب آن‌ها</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>وقتی نوجوان تصمیم گرفت، برنامه‌اش می‌تواند جوابی برای شما ذخیره کند: یک فایل کوچک که دربارهٔ هر پیشنهاد می‌گوید آن را اضافه کرد، با تغییر اضافه کرد، یا کنار گذاشت. هیچ‌وقت کلمات او را در خود ندارد. «باز کردن یک جواب…» را در صفحهٔ اصلی‌تان (یا در «فرستادن پیشنهادها…») انتخاب کنید و فایل را برگزینید؛ بعد «فرستادن پیشنهادها…» نشان می‌دهد سرنوشت هر پیشنهاد چه شد.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>این پروفایل چیزهایی را نگه می‌دارد که نوجوانان انتخاب می‌کنند با شما شریک کنند. هر فایل شریک‌شده فقط‌خواندنی است، نشان می‌دهد چه کسی و تا کی شریکش کرده، و وقتی زمانش تمام شد از این‌جا حذف می‌شود.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>باز کردن یک فایل شریک‌شده</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>«باز کردن یک فایل شریک‌شده…» (Ctrl+O) را انتخاب کنید و فایلی را که نوجوان به شما داده برگزینید. پیش از نگه‌داشتن هر چیز بررسی می‌شود. Ctrl+P آن را چاپ می‌کند. «ذخیرهٔ رسید…» فایلی می‌سازد که به نوجوان می‌گوید شما آن را باز کرده‌اید. اگر او چیزی را پس بگیرد، فایل پس‌گرفتن را به همان شکل باز کنید تا این‌جا حذف شود. فایل تازه‌تر از همان شخص جای فایل قبلی را می‌گیرد و نشان می‌دهد چه چیزی تغییر کرده.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>لطفاً اول این را بخوانید</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>اگر نوجوان نوشته که دوست دارد چطور با او حرف بزنند (او را چه صدا کنند، دربارهٔ چه چیزی نپرسند)، در نواری با عنوان «لطفاً اول این را بخوانید» است، بالای همهٔ چیزهایی که شریک کرده. پیش از بقیه آن را بخوانید.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>پاسخ دادن</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>«پاسخ…» یک پیام کوتاه در جواب می‌نویسد، و اگر بخواهید، کاری که دربارهٔ هر نوشته خواهید کرد. دقیقاً می‌بینید چه چیزی فرستاده می‌شود، بعد فایلی برای نوجوان ذخیره می‌کنید؛ فقط برنامهٔ او آن را باز می‌کند. «پاسخ» تا وقتی هست که شریک‌سازی هنوز معتبر است و برای کارت شما ساخته شده.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>فقط خواندنی، یا کپی‌شده در پرونده</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>آنچه با شما شریک شده این‌جا فقط خواندنی است. «خروجی برای پرونده…» فقط جایی دیده می‌شود که نوجوان موافقت کرده آن را در پرونده‌های سازمان شما کپی کنند؛ یک سند FHIR با کلمه‌های خود او ذخیره می‌کند. در غیر این صورت، آن را فقط خواندنی همین‌جا نگه دارید تا زمانش تمام شود.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>کارت شما و بررسی شماره‌ها</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>نوجوان وقتی کارت شما را داشته باشد می‌تواند با شما شریک کند. «کارت من…» را انتخاب کنید تا نام، نقش و سازمان‌تان را اضافه کنید، و فایل کارت را برای او ذخیره کنید. وقتی همدیگر را دیدید، شماره‌های کارت‌تان را با شماره‌هایی که برنامهٔ او نشان می‌دهد مقایسه کنید. اگر یکی بودند، آنچه شریک می‌کند فقط به شما می‌رسد.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>قفل کردن و پنهان کردن</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>قفل (Ctrl+L) این پروفایل را می‌بندد تا دوباره رمز عبور تایپ شود. «همین حالا پنهان کن» (Ctrl+Shift+H) فوراً قفل می‌کند و یک صفحهٔ خالی نشان می‌دهد. وقتی بی‌کار بماند خودش هم قفل می‌شود؛ تنظیمات، بعد قفل، می‌گوید پس از چه مدت.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>اگر رمز عبور را فراموش کنید</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>در صفحهٔ باز کردن قفل، «به جایش از کد بازیابی‌ام استفاده کن» را انتخاب کنید و کدی را که هنگام ساختن این پروفایل نوشتید تایپ کنید؛ بعد یک رمز عبور تازه انتخاب کنید. بدون رمز عبور یا کد بازیابی، هیچ‌کس نمی‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>تکه‌هایی که نگه می‌دارم</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>نوجوانی ممکن است شما را یکی از سه فرد مورد اعتمادش انتخاب کند و یک فایل تکه به شما بدهد. آن را در تنظیمات، بعد «تکه‌هایی که نگه می‌دارم»، نگه دارید. اگر راه ورودش را گم کرد، وقتی مطمئن شدید خودش است، کلمه‌هایش را به او نشان دهید؛ تکه‌های دو نفر او را دوباره به داخل می‌رسانند. یک تکه به تنهایی هیچ‌چیز را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>تنظیمات، بعد نسخهٔ پشتیبان، یک فایل با همه‌چیزِ این پروفایل ذخیره می‌کند. آن را جایی دور از این کمپیوتر نگه دارید. کد بازیابی آن را باز می‌کند، پس کد را هم امن نگه دارید. روی کمپیوتر تازه، در صفحهٔ اول «بازگرداندن از نسخهٔ پشتیبان» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: همین راهنما. Ctrl+, : تنظیمات. Tab و Shift+Tab بین چیزها حرکت می‌کنند؛ Enter جلو می‌رود، Escape پنجره را می‌بندد.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>آنچه همین حالا مهم است</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>هنوز چیزی این‌جا نیست. آنچه از همه برایت مهم‌تر است را بالا نگه دار. اول این‌جا نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>هنوز چیزی این‌جا نیست. روی یک نوشته «همین حالا مهم» را نشانی کن تا بالا بماند.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>این صفحه</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>آیا این هنوز درست است؟</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>همان‌طور که بود ماند. در {date} دوباره می‌پرسیم.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>از بالا برداشته شد. هنوز در {section} نگه داشته شده است.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>برای چه کسی است؟</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;من: دفترچهٔ خودم است</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>آنچه دربارهٔ تو مهم است را نگه دار، و هر وقت خواستی شریکش کن.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>از یک نوجوان حمایت می‌کنم (&amp;سرپرست)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>پیشنهادهایی بنویسید که نوجوان بتواند بپذیرد، تغییر دهد یا کنار بگذارد.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>من &amp;کارشناس هستم</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>کارت‌تان را به نوجوانان بدهید و آنچه با شما شریک می‌کنند را بخوانید.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;برگشت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}، یک نوجوان</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}، یک سرپرست</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}، یک کارشناس</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>زبان‌هایی که می‌توانی انتخاب کنی</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>همان زبان صفحهٔ شروع</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}، هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>ساختهٔ کمپیوتر است. هنوز کسی که این زبان را بلد است آن را بررسی نکرده، پس شاید بعضی کلمه‌ها اشتباه باشند.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>کسی که این زبان را بلد است آن را بررسی کرده.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>کدام مال توست؟</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>&amp;دفترچه‌های روی این کمپیوتر</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>دفترچه‌های روی این کمپیوتر</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کن</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>انتخاب‌شده را باز کن</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>یک دفترچهٔ تازه بساز، یا یکی را از نسخهٔ پشتیبانی که قبلاً ذخیره کردی برگردان، مثلاً وقتی به لپ‌تاپ تازه‌ای می‌روی.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>یک دفترچهٔ &amp;تازه بساز</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>یک دفترچهٔ تازه بساز</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>بازگرداندن از &amp;نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازگرداندن از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>انتخاب‌شده را حذف کن</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدی</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>«{0}» حذف شد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>نمونه: هیچ‌چیز این‌جا واقعی نیست و وقتی برنامه را ببندی حذف می‌شود.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>وقتی همه‌چیز &amp;سخت می‌شود</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>وقتی همه‌چیز سخت می‌شود</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>پلانت، و کسانی که همین حالا می‌توانی با آن‌ها حرف بزنی (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>نوشتهٔ تو</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;شریک کن…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شریک کن</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>نوشته‌هایی را برای شریک کردن با کسی انتخاب کن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>&amp;معرفی یک‌صفحه‌ای من…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>معرفی یک‌صفحه‌ای</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>یک صفحه دربارهٔ تو برای چاپ یا ذخیره به شکل PDF، از نوشته‌هایی که انتخاب می‌کنی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>تنظیمات (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>نوشتهٔ تازه</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>کارت من</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>کارت شما به دیگران اجازه می‌دهد با امنیت با شما شریک کنند. آن را به شکل فایل ذخیره کنید و به آن‌ها بدهید. بعد شماره‌های زیر را برای همدیگر بلند بخوانید: اگر یکی بودند، هیچ‌کس آن را در راه عوض نکرده.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>شماره‌های کارت شما</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>کارتم را به شکل فایل &amp;ذخیره کن…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>کارتم را به شکل فایل ذخیره کن</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>دربارهٔ کارت شما</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>نام شما روی کارت</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>نقش شما</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>مثلاً: مددکار اجتماعی</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>سازمان شما</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;نقش</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;سازمان</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>شماره‌ها وقتی کارت‌تان نام داشته باشد پیدا می‌شوند.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>کارتم را ذخیره کن</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>کارت‌ها (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>کارت شما به نام {0} ذخیره شد. آن را به آن شخص بدهید، بعد شماره‌ها را با هم بلند بخوانید.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>هنوز یادداشتی نیست.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>برگشت به صفحهٔ باز کردن قفل</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>یک رمز عبور تازه انتخاب کن</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>کد بازیابی‌ات آن را باز کرد. حالا یک رمز عبور تازه انتخاب کن و از این به بعد با آن بازش کن. چند کلمه که خودت یادت می‌ماند اما دیگران حدس نمی‌زنند خوب کار می‌کند.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>تکه‌های افراد مورد اعتمادت آن را باز کرد. حالا یک رمز عبور تازه انتخاب کن و از این به بعد با آن بازش کن. چند کلمه که خودت یادت می‌ماند اما دیگران حدس نمی‌زنند خوب کار می‌کند.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>رمز عبور &amp;تازه</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>در حال کار</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>در حال قفل کردن امن… کمی طول می‌کشد.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>«حالا نه» چیزی را تغییر نمی‌دهد: رمز عبور قبلی‌ات، اگر یادت آمد، هنوز آن را باز می‌کند، و تکه‌های افراد مورد اعتمادت هم. دفعهٔ بعد که آن‌ها بازش کنند، دوباره از تو پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>«حالا نه» چیزی را تغییر نمی‌دهد: رمز عبور قبلی‌ات، اگر یادت آمد، هنوز آن را باز می‌کند، و کد بازیابی‌ات هم. دفعهٔ بعد که کد بازش کند، دوباره از تو پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;حالا نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>رمز عبور تازه را &amp;ذخیره کن</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>رمز عبور تازه را ذخیره کن</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>کد بازیابی تازه‌ات</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>رمز عبور تازه‌ات ذخیره شد. کد بازیابی‌ای که استفاده کردی دیگر آن را باز نمی‌کند: اگر دوباره رمز عبورت را فراموش کنی، این کد تازه بازش می‌کند. آن را بنویس یا چاپ کن و جای امنی، دور از این کمپیوتر نگه دار.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>رمز عبور تازه‌ات ذخیره شد. کد بازیابی قبلی‌ات دیگر آن را باز نمی‌کند: این کد تازه باز می‌کند. آن را بنویس یا چاپ کن و جای امنی، دور از این کمپیوتر نگه دار. تکه‌های افراد مورد اعتمادت هنوز کار می‌کنند؛ اگر ممکن است دیگران آن‌ها را شنیده باشند، در تنظیمات تکه‌های تازه بساز.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>نسخه‌های پشتیبانی که قبلاً ذخیره کردی هنوز کد قبلی را می‌خواهند: به‌زودی یک نسخهٔ پشتیبان تازه ذخیره کن (خانه یادت می‌اندازد).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>این تنها باری است که نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>نگهش داشتم، &amp;ادامه بده</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>نگهش داشتم، ادامه بده</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>رمز عبور را بعداً انتخاب می‌کنی؟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>همین حالا یکی انتخاب کن</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>بدون نگه‌داشتن کد تازه بسته شود؟</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>رمز عبور تازه‌ات ذخیره شده، اما کد بازیابی تازه دوباره نشان داده نمی‌شود و کد قبلی دیگر کار نمی‌کند. می‌توانی در تنظیمات کد دیگری بسازی.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>بازش نگه دار</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>معرفی یک‌صفحه‌ای</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>&amp;نوشته‌هایی که رویش می‌آیند</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>صفحه همان‌طور که چاپ می‌شود</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>یک صفحه دربارهٔ تو برای یک مکتب یا جای زندگی تازه. آنچه رویش می‌آید را نشانی کن: تا نشانی نکنی، هیچ‌چیز رویش نیست.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>چه چیزی در صفحه می‌آید</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
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
        <translation>ذخیره به شکل &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به شکل PDF</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>نوشته‌هایی که رویش می‌آیند</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نوشته‌ها</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(زیر «{heading}» می‌آید)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>در یک صفحه جا می‌شود.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>در یک صفحه جا می‌شود، کمی کوچک‌تر.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>این برای یک صفحه زیاد است: کلمه‌ها کوچک چاپ می‌شوند. می‌توانی نشانی بعضی را برداری.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>دربارهٔ من.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>آنچه مردم در من دوست دارند</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>آنچه برایم مهم است</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>بهترین راه حمایت از من</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>همه چیز دربارهٔ من</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>همه چیز دربارهٔ {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>باز کردن یک &amp;جواب…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>جواب آن‌ها به پیشنهادهای‌تان را باز کنید</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>فایلی از نوجوان که می‌گوید سرنوشت هر پیشنهاد چه شد</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>باز کردن یک جواب</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>جواب‌ها (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>در حال باز کردن و بررسی جواب…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} جواب داد. «فرستادن پیشنهادها…» نشان می‌دهد سرنوشت هر پیشنهاد چه شد.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>باز کردن یک &amp;رسید یا پاسخ…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>باز کردن یک رسید یا پاسخ</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>فایلی از کسی که با او شریک کردی: که می‌گوید آن را باز کرده، یا پاسخ او</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>رسیدها و پاسخ‌ها (*{0} *{1});;هر فایل (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>این پاسخ {name} را از قبل داری. کنار آنچه در {date} شریک کردی نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} به آنچه در {date} شریک کردی پاسخ داد. کنار همان شریک‌سازی نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} آنچه را شریک کرده بودی در {date} باز کرد.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>رمز عبور &amp;تازه</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>رمز عبور را دوباره بنویس</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>آنچه تایپ می‌کنم را نشان بده</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>رمز عبور را هنگام تایپ نشان بده</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>یکی &amp;پیشنهاد بده</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>یک رمز عبور پیشنهاد بده</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>هر دو خانه را با چند کلمهٔ تصادفی پر کن، که نشان داده می‌شوند تا بتوانی آن‌ها را بنویسی</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوت رمز عبور</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوباره &amp;بنویس</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>خیلی کوتاه است: دست‌کم {0} حرف به کار ببر.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>قوت: آسان برای حدس زدن.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>قوت: هنوز خیلی آسان برای حدس زدن.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>قوت: قوی.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>قوت: خیلی قوی.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>این یکی از رمزهایی است که مردم اول امتحان می‌کنند.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>کلمه‌ها و نام‌های معمول به تنهایی زود حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>کلیدهای کنار هم زود حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>حرف‌ها یا کلمه‌های تکراری چیز زیادی اضافه نمی‌کنند.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>ردیف‌هایی مثل abcd یا 1234 زود حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>تاریخ‌ها و سال‌ها زود حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>چند کلمه را با هم امتحان کن که فقط برای خودت معنی دارند، یا «یکی پیشنهاد بده» را بزن.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>دست‌کم {0} حرف. چند کلمه که یادت بماند خوب کار می‌کند.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>هر دو یکی هستند.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>این دو هنوز یکی نیستند.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>این فایل رمز عبور دارد</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>کسی که آن را شریک کرده شماره‌ها را به تو گفته، شاید با تیلفون. آن‌ها را این‌جا بنویس.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;رمز عبور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;بازش کن</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>بازش کن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>کارت کسی را &amp;اضافه کن…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>کارت کسی را اضافه کن</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>کارتم را &amp;بده…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>کارتم را بده</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;افراد</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>افرادی که با آن‌ها شریک می‌کنم</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>هنوز کسی نیست. از آن شخص فایل کارتش را بخواه، بعد «کارت کسی را اضافه کن…» را انتخاب کن.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>شماره‌ها را &amp;مقایسه کن…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>شماره‌های کارت را مقایسه کن</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;پس بگیر…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>شریک‌سازی انتخاب‌شده را پس بگیر</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>هنوز چیزی با آن‌ها شریک نکرده‌ای. برای شریک کردن، «شریک کن…» را بزن، دکمه‌ای که زیر فهرست صفحه‌هاست؛ آنچه شریک می‌کنی این‌جا نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>فایلی بساز که از برنامهٔ آن‌ها می‌خواهد آنچه شریک کردی را حذف کند</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>آنچه &amp;شریک کردم</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>آنچه با این شخص شریک کردم</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: اگر می‌توانی، پیش از شریک کردن شماره‌ها را با آن‌ها مقایسه کن.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>با رمز عبور شریک شده</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>کسانی که کارت برنامه را ندارند و فایل را با رمز عبور باز می‌کنند.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>یک شریک‌سازی را از فهرست انتخاب کن تا پسش بگیری.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>یک شریک‌سازی تازه‌تر جایش را گرفت، پس این یکی از برنامهٔ آن‌ها رفته است.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>این شریک‌سازی قبلاً پس گرفته شده.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>کارت‌ها (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>{0} اضافه شد. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>پس‌گرفتن برای {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>فایل پس‌گرفتن را ذخیره کن</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>فایل‌های شریک‌شده (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>پس‌گرفتن به نام «{0}» ذخیره شد. آن را به {1} بده.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>همهٔ %n کلمه، کلمه‌های تکه هستند: به نظر یک تکهٔ کامل است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>تا حالا %n کلمه از 20.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>تکه‌ای که برای {0} نگه داشته شده</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>تکهٔ {0}، {1} از 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>از کارتی با شماره‌های {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>این کلمه‌ها را فقط برای {0} بخوان، وقتی مطمئن شدی خودش است (رو در رو، یا با تماسی که خودت به شماره‌ای گرفتی که از قبل داشتی). تکه‌های دو نفر با هم او را دوباره به داخل می‌رسانند.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>کلمهٔ {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>تکه را چاپ کن</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>کلمه‌های تکه</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>دوباره وارد شدن با کمک افراد مورد اعتماد</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>از دو نفر از کسانی که به آن‌ها تکه دادی بخواه. هر کدام می‌تواند تکهٔ خودش را در برنامهٔ خودش نشان بدهد: 20 کلمه. کلمه‌های هر تکه را در خانهٔ خودش بنویس. شماره‌ها و رفتن به خط بعد مهم نیستند، و چهار حرف اول هر کلمه کافی است.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>تکهٔ نفر اول</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>تکهٔ نفر دوم</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>تکهٔ نفر &amp;اول</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>تکهٔ نفر &amp;دوم</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>در حال باز کردن</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>دوباره &amp;وارد شو</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>دوباره وارد شو</translation>
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
        <translation>در هر خط یک چیز</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>&amp;کارت من…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>کارت من</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>نام، نقش و سازمان شما، و کارت‌تان برای دادن به نوجوانان</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;شریک‌شده با شما</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>فایل‌های شریک‌شده با شما</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>هنوز چیزی این‌جا نیست. وقتی نوجوانی یک فایل شریک‌شده به شما داد، آن را این‌جا باز کنید. اول کارت‌تان را به او بدهید (کارت من…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>باز کردن یک &amp;فایل شریک‌شده…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>باز کردن یک فایل شریک‌شده</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>یک فایل .wpb را که نوجوانی به شما داده باز کنید (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>در حال باز کردن فایل</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>فایل‌های شریک‌شده (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>در حال باز کردن و بررسی فایل…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} فایلی را که شریک کرده بود پس گرفت. آن فایل حذف شد.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} فایلی را که شریک کرده بود پس گرفت. این‌جا نیست، پس چیزی حذف نشد.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>فایل باز نشد.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>به پرنتر فرستاده شد.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>به شکل PDF ذخیره شد: {0}</translation>
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
        <translation>خواندن را بس کن</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>بلند خواندن را بس کن</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>بلند خواندن را بس کن (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>بلند بخوان</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>{what} را بلند بخوان</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>{what} را بلند بخوان (Ctrl+Shift+R). Esc آن را متوقف می‌کند.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>ذخیرهٔ یک &amp;رسید…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>ذخیرهٔ یک رسید</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>اول یک فایل شریک‌شده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>آن فایل پس گرفته شده یا زمانش تمام شده، پس چیزی برای رسید دادن نیست.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>یک فایل کوچک برای نوجوان: به او می‌گوید شما آنچه شریک کرده بود را باز کرده‌اید</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>رسید برای {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>رسیدها (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>رسید به نام {file} ذخیره شد. آن را به {name} بدهید.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>یکی تازه‌تر جایش را گرفت</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>امروز آخرین روز است</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>باز است، فردا تمام می‌شود</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>باز است، {0} روز مانده</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>تاریخ شریک شدن</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>باز تا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>&amp;خروجی برای پرونده…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>خروجی برای پرونده</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>آن را به شکل یک سند FHIR برای پرونده‌های ادارهٔ خود ذخیره کنید. کسی که آن را شریک کرده اجازهٔ این کار را داده است؛ این کپی بعد از پایان یا پس گرفتن شریک‌سازی هم می‌ماند.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>پروندهٔ آنچه {0} شریک کرد</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>سندهای FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>در حال ذخیرهٔ پرونده…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>برای پرونده به نام {0} ذخیره شد، با کلمه‌های {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>هیچ پرونده‌ای ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>آیا می‌توانند آن را در پرونده‌های خود کپی کنند؟</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>نه، فقط می‌توانند آن را &amp;بخوانند. رویش نوشته شده «نه برای پرونده».</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>نه، &amp;فقط خواندنی: با نشان «نه برای پرونده»</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>نه، فقط خواندنی</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>بله، می‌توانند آن را در پرونده‌های خود &amp;کپی کنند</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>بله، می‌توانند آن را در پرونده‌های خود کپی کنند</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>پرونده‌ها یادداشت‌هایی است که ادارهٔ آن‌ها نگه می‌دارد، مثلاً مکتب یا تیم آن‌ها. اگر بله بگویی، یک کپی به آن یادداشت‌ها می‌رود. آن کپی بعد از تمام شدن زمان آن‌جا می‌ماند. حتی اگر این شریک‌سازی را پس بگیری، آن‌جا می‌ماند. نمی‌توانی کپی را پس بگیری.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>اگر بله بگویی، یک کپی به پرونده‌های ادارهٔ آن‌ها می‌رود. آن کپی بعد از تمام شدن زمان، و حتی اگر این شریک‌سازی را پس بگیری، آن‌جا می‌ماند. نمی‌توانی پسش بگیری.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>برای این‌که مطمئن شویم آن را داری، &amp;گروه آخر کد را بنویس</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>گروه آخر کد بازیابی</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>کد بازیابی‌ات گم شده، یا نگرانی کسی آن را دیده باشد؟ یک کد تازه بساز. وقتی آن را نوشتی، کد قبلی دیگر این دفترچه را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>کدت گم شد؟ یا کسی آن را دید؟ یک کد تازه بساز. آن را بنویس. بعد کد قبلی دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>یک کد تازه ساختی، اما هنوز آن را بررسی نکرده‌ای، پس کد قبلی‌ات هنوز کار می‌کند.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>یک کد تازه ساختی. هنوز آن را بررسی نکرده‌ای. کد قبلی‌ات هنوز کار می‌کند.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>رمز عبورت، برای ساختن کد بازیابی تازه</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>رمز &amp;عبورت</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>یک کد بازیابی &amp;تازه بساز</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>یک کد بازیابی تازه بساز</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>در حال بررسی رمز عبورت…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>کد تازه‌ات جایگزین می‌شود… کمی طول می‌کشد.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>کد تازه‌ات جایگزین می‌شود…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>این کد تازهٔ توست. آن را بنویس یا چاپ کن و دور از این لپ‌تاپ نگه دار. وقتی گروه آخرش را در پایین بنویسی، شروع به کار می‌کند؛ تا آن وقت کد قبلی‌ات هنوز کار می‌کند.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>این کد تازهٔ توست. آن را بنویس. امن نگهش دار. بعد گروه آخرش را در پایین بنویس. تا آن وقت کد قبلی‌ات هنوز کار می‌کند.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>انجام شد: حالا کد تازه‌ات این دفترچه را باز می‌کند و کد قبلی دیگر باز نمی‌کند. به زودی یک نسخهٔ پشتیبان تازه ذخیره کن، تا کد تازه‌ات یک نسخهٔ پشتیبان را هم باز کند.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>انجام شد. حالا کد تازه‌ات کار می‌کند. کد قبلی کار نمی‌کند. حالا یک نسخهٔ پشتیبان تازه ذخیره کن.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>کد تازه‌ام را &amp;دوباره نشان بده</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>کد بازیابی تازه‌ام را دوباره نشان بده</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>آن را امن &amp;نگه داشتم</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>کد بازیابی تازه را امن نگه داشتم</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>نسخه‌های پشتیبانی که قبلاً ذخیره کردی هنوز فقط با کد قبلی باز می‌شوند، پس بعد از آن یک نسخهٔ پشتیبان تازه ذخیره کن.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>نسخه‌های پشتیبان قبلی هنوز کد قبلی را می‌خواهند.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;چاپش کن</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>کد بازیابی را چاپ کن</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>کد را روی کاغذ چاپ کن. هیچ‌چیز روی این کمپیوتر ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>کد بازیابی: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;کد بازیابی&lt;/h2&gt;&lt;p&gt;برای: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;این را جای امنی نگه دار. اگر رمز عبورت را فراموش کنی، دفترچه‌ات را باز می‌کند.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;پاسخ…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>اول یک فایل شریک‌شده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>یک پیام کوتاه برای نوجوان، و کاری که خواهید کرد، که فقط برنامهٔ او می‌تواند باز کند</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>آن فایل پس گرفته شده یا زمانش تمام شده، پس چیزی برای پاسخ دادن نیست.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>این با رمز عبور شریک شده، نه با کارت شما، پس برنامهٔ او نمی‌تواند بفهمد که پاسخ از طرف شماست.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>پاسخ به {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>بگویید چه شنیدید و چه خواهید کرد. پیش از ذخیره، دقیقاً می‌بینید پاسخ چه چیزی با خود می‌برد؛ فقط برنامهٔ {name} می‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>پیام شما</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>&amp;پیام شما</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>کاری که خواهم کرد، نوشته به نوشته (اگر بخواهید)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>کاری که دربارهٔ «{title}» خواهم کرد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;بعدی: بررسی کنید</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>بعدی: بررسی کنید پاسخ چه چیزی با خود می‌برد</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>این دقیقاً همان چیزی است که پاسخ با خود می‌برد</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>آنچه پاسخ با خود می‌برد</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>آنچه بیرون &amp;می‌رود</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;برگشت</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>برگشت به کلمه‌ها</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>پاسخ را &amp;ذخیره کنید…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>پاسخ را به شکل فایل ذخیره کنید</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>با کارت شما امضا شده و طوری قفل شده که فقط برنامهٔ {name} بتواند آن را باز کند. نوشته‌ها با شماره‌ای نام برده می‌شوند که برنامهٔ او می‌شناسد، هرگز با عنوان یا کلمه‌هایشان.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>برای: {name} (شماره‌های کارت او {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>از طرف: کارت شما ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>دربارهٔ: آنچه در {date} شریک کرد</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>پیام شما:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>کاری که خواهید کرد:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>دربارهٔ «{title}»: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>پاسخ برای {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>پاسخ را ذخیره کنید</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>پاسخ‌ها (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>پاسخ به نام {file} ذخیره شد. آن را به {name} بدهید؛ در برنامهٔ خودش «افراد» و بعد «باز کردن یک رسید یا پاسخ…» را انتخاب می‌کند.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} به آنچه شریک کردی پاسخ داد — بخوانش</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>بازگرداندن از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>یک دفترچه را از فایل نسخهٔ پشتیبان برگردان، روی همین لپ‌تاپ یا یک لپ‌تاپ تازه.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>فایل نسخهٔ پشتیبان را &amp;انتخاب کن…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>فایل نسخهٔ پشتیبان را انتخاب کن</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>هنوز فایلی انتخاب نشده.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>کدی که نوشتی یا چاپ کردی</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;کد بازیابی</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>رمز عبور &amp;تازه</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>در حال بازگرداندن</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;بازگردان</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>تکه‌های افراد مورد اعتمادت هنوز کار می‌کنند.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>تکه‌هایی که نزد افراد مورد اعتمادت است هنوز آن را باز می‌کنند.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>تکه‌های افراد مورد اعتمادت حالا کار نمی‌کنند. در تنظیمات تکه‌های تازه بساز.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>تکه‌هایی که نزد افراد مورد اعتمادت است این نسخه را باز نمی‌کنند. در تنظیمات، بخش افراد مورد اعتماد، تکه‌های تازه بساز.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>وقتی باز شد، یک نسخهٔ پشتیبان تازه &amp;ذخیره کن، تا کد تازه‌ات هم یکی داشته باشد</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>وقتی باز شد، یک نسخهٔ پشتیبان تازه ذخیره کن</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>همین حالا یک نسخهٔ پشتیبان تازه &amp;ذخیره کن</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>کد را امن نگه داشتم: &amp;بازش کن</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>یک کد بازیابی تازه دارد که فقط همین حالا نشان داده می‌شود: این کد، این دفترچه را باز می‌کند. آن را بنویس یا چاپ کن و جای امنی، دور از این لپ‌تاپ نگه دار.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>این کد تازهٔ توست. این دفترچه را باز می‌کند. آن را بنویس. امن نگهش دار.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>رمز عبوری که همین حالا انتخاب کردی، هر روز آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>رمز عبور تازه‌ات هر روز آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>کد قبلی‌ات هنوز فایل نسخهٔ پشتیبانی را که از آن بازگرداندی باز می‌کند، و دفترچه را روی لپ‌تاپ قدیمی‌ات، اگر هنوز آن‌جا باشد. اما این یکی را نه.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>کد قبلی هنوز نسخهٔ پشتیبان قدیمی را باز می‌کند. هر نسخه‌ای را روی لپ‌تاپ قدیمی هم باز می‌کند. این یکی را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>کد را امن نگه داشتم: بازش کن</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>نسخه‌های پشتیبان ({0});;هر فایل (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>آیا این هنوز درست است؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه دار</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>«{title}» را همان‌طور که هست نگه دار</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>هنوز درست است. ۳ ماه دیگر دوباره می‌پرسیم.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تازه کن</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>«{title}» را تازه کن</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>از بالا بردار</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>«{title}» را از بالا بردار</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>آن را از «آنچه همین حالا مهم است» بردار؛ در بخش خودش می‌ماند.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>نسخه‌های قبلی</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;نسخه‌ها</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>آنچه این نسخه می‌گفت</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>آنچه &amp;می‌گفت</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>این نسخه را &amp;برگردان</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>نسخه‌ها، تازه‌ترین اول</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>این نسخه را برگردان</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>حالا: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>نشانه‌های هشدار من</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>چه چیزی به تو می‌گوید که همه‌چیز دارد سخت می‌شود؟ فکرها، احساس‌ها، کارهایی که می‌بینی خودت انجام می‌دهی.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>کارهایی که خودم می‌توانم بکنم</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>چه چیزی کمکت می‌کند وقتی تنها هستی کمی حالت بهتر شود، حتی برای چند دقیقه؟</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>کسان و جاهایی که فکرم را از آن دور می‌کنند</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>چه کسی یا کجا کمکت می‌کند برای مدتی به چیز دیگری فکر کنی؟</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>کسانی که می‌توانم از آن‌ها کمک بخواهم</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>وقتی همه‌چیز سخت می‌شود با چه کسی می‌توانی حرف بزنی؟ اگر خواستی، بنویس چطور به آن‌ها دسترسی پیدا کنی.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>متخصصان و خط‌های کمک</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>با کدام کارمندان یا خدمات می‌توانی تماس بگیری؟ خط‌های رایگان بالا هم همیشه هستند.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>امن‌تر کردن جایی که هستم</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>همین حالا چه کاری می‌توانی بکنی تا جایی که هستی امن‌تر شود؟</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>دلیل‌هایم برای ادامه دادن</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>چه چیزی برایت مهم است؟ چشم‌انتظار چه کسی یا چه چیزی هستی؟</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>وقتی همه‌چیز سخت می‌شود</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>لازم نیست تنها از آن بگذری. اگر همین حالا به کسی نیاز داری، این افراد برای تو هستند، رایگان، شب و روز:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>پلان من</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>پلانت، با کلمه‌های خودت. وقتی همه‌چیز سخت می‌شود، از بالا شروع کن و قدم به قدم پیش برو. همان‌طور که می‌نویسی نگه داشته می‌شود، و می‌توانی هر قدم را مثل نوشته‌های دیگرت شریک کنی.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>پوشهٔ خانگی‌ات</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} در پوشهٔ خانگی‌ات</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>یک کلمه بنویس</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;جستجو برای</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>آنچه پیدا شد</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>یک کلمه بنویس تا در همهٔ نوشته‌هایت بگردی.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>برای «{text}» چیزی پیدا نشد. کلمهٔ دیگری را امتحان کن، یا فقط اولش را.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>۱ نوشته پیدا شد.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>{count} نوشته یا بیشتر پیدا شد، بهترین‌ها اول. برای بیشتر پایین برو.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>{count} نوشته پیدا شد.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>چیزی اضافه کن</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>چیزی به {section} اضافه کن</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>نمایش همهٔ {count}</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>نمایش همهٔ {count} در {section}</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>→ خانه</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>برگشت به خانه</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>چیزی اضافه کن</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نوشته‌ها</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;نوشته‌ها، تازه‌ترین اول</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>نوشته‌ها در {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>چیزی به {section} اضافه کن</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;نوشته‌ها، قدم‌های پلان اول</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>فرستادن پیشنهادها</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>آنچه را می‌خواهید بفرستید نشانی کنید. آن‌ها تصمیم می‌گیرند چه چیزی را نگه دارند: در دفترچه‌شان هیچ‌چیز تغییر نمی‌کند مگر این‌که خودشان اضافه‌اش کنند.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>یادداشتی برای آن‌ها (می‌توانید خالی بگذارید)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>مثلاً: چیزهایی که این ماه متوجه شدم</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>یک &amp;یادداشت برای آن‌ها</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>در حال ذخیرهٔ فایل</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایل را &amp;ذخیره کنید…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>پیشنهادها را به شکل فایل ذخیره کنید</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>نام شما، همان‌طور که آن‌ها می‌بینند</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>مثلاً: جو</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>&amp;نام شما، همان‌طور که آن‌ها می‌بینند</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>پیشنهادهایی که قبلاً فرستادید</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>وقتی تصمیم گرفتند، می‌توانند جوابی برای شما ذخیره کنند: آن را این‌جا باز کنید تا ببینید سرنوشت هر پیشنهاد چه شد. فقط همین را می‌گوید؛ آنچه تغییر دادند پیش خودشان می‌ماند.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>آنچه &amp;قبلاً فرستادید</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>باز کردن یک &amp;جواب…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>جواب آن‌ها به پیشنهادهای‌تان را باز کنید</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>فایلی از آن‌ها که می‌گوید سرنوشت هر پیشنهاد چه شد</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>هنوز جوابی نیامده</translation>
    </message>
    <message>
        <source>added</source>
        <translation>اضافه شد</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>با تغییر اضافه شد</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} این یکی را اضافه نکرد</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>هنوز تصمیم نگرفته‌ای</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(پیش‌نویسی که بعداً پاک شد)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}، برای {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}، برای {name}: {what}. هنوز جوابی نیامده.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>هنوز چیزی فرستاده نشده.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>باز کردن یک جواب</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>جواب‌ها (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>در حال باز کردن و بررسی جواب…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} جواب داد. سرنوشت هر پیشنهاد در پایین نشان داده شده.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>پیش‌نویس‌ها برای فرستادن</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>پیش‌نویس‌های انتخاب‌شده: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>برای چه کسی است</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;برای</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>اول کارت نوجوان را اضافه کنید (کارت نوجوان را اضافه کنید…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>پیشنهادها برای {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>پیشنهادها را ذخیره کنید</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>پیشنهادها (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>%n پیشنهاد برای {name} ذخیره شد. فایل را به او بدهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>اگر هنوز کارت شما را اضافه نکرده‌اند، کارت‌تان را هم به آن‌ها بدهید (کارت من…). در برنامهٔ خودشان «افراد» و بعد «کارت کسی را اضافه کن…» را انتخاب می‌کنند؛ بعد «پیشنهادها» و بعد «باز کردن پیشنهادها…» تا این فایل باز شود.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>شماره‌ها را مقایسه کنید</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>این فایل با کارتی با این شماره‌ها امضا شده؛ کارت می‌گوید نامش {0} است. از آن شخص بخواه شماره‌های کارتش را بخواند، رو در رو یا با تیلفون. اگر یکی بودند، این کارت واقعاً مال اوست.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>شماره‌های کارت:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>&amp;یکی هستند، بررسی‌شده نشانی کن</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>یکی هستند، بررسی‌شده نشانی کن</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;حالا نه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>این فایل کامل است و با کارتی با شماره‌های {numbers} امضا شده - اولین بار دیده‌شده در {first}، رو در رو بررسی‌شده در {checked}.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>این فایل کامل است و با کارتی با شماره‌های {numbers} امضا شده - اولین بار دیده‌شده در {first}، هنوز رو در رو بررسی نشده.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>نگه داشته شده، باز نشده: این فایل می‌گوید از طرف {name} است، اما با کارتی غیر از کارت {name} که می‌شناسی امضا شده. پیش از اعتماد، شماره‌ها را مقایسه کن.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>باز شد.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>روی این کمپیوتر جای کافی برای این کار نیست. هیچ‌چیز از دست نرفت. کمی جا باز کن و دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>این فایل همین حالا در حال باز شدن است. صبر کن تا تمام شود، بعد دوباره نگاه کن.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>یک نسخهٔ پشتیبان در حال ذخیره است. وقتی تمام شد دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>لطفاً یک بار با رمز عبورت قفل را باز کن، بعد دوباره این را امتحان کن.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>برای انتخاب رمز عبور تازه بدون رمز قبلی، اول آن را با کد بازیابی‌ات باز کن.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>این رمز عبور زود حدس زده می‌شود. چند کلمه را با هم امتحان کن.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>دو تکه لازم است، از دو نفر مختلف. یک تکه به تنهایی هیچ‌چیز را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>این همان تکه است، دو بار. از نفر دوم تکه‌اش را بخواه.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>یکی از این تکه‌ها مال پیش از ساختن تکه‌های تازه است، پس دیگر چیزی را باز نمی‌کند. از آن شخص تکهٔ تازه‌تر را بخواه.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>این تکه‌ها مال این دفترچه نیستند. بررسی کن هر کس تکهٔ چه کسی را دارد.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>این دفترچه هنوز افراد مورد اعتماد ندارد، پس تکه‌ها نمی‌توانند آن را باز کنند.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>این رمز عبور یا کد بازیابی آن نیست، پس هیچ‌چیز حذف نشد. بدون یکی از این دو نمی‌شود آن را از برنامه حذف کرد.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>این بازش نمی‌کند. املا را بررسی کن و دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>به نظر می‌رسد کسی به فایل قفل این دفترچه دست زده، پس از آن استفاده نشد.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>فایل قفل این دفترچه خراب است یا پیدا نمی‌شود. یک نسخهٔ پشتیبان می‌تواند آن را برگرداند.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>این با نسخهٔ تازه‌تری از برنامه ساخته شده. لطفاً برنامه را تازه کن.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>اطلاعات این دفترچه خوانده نشد. شاید خراب شده باشد.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>روی این کمپیوتر یکی با همین نام هست. نام دیگری امتحان کن.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>روی این کمپیوتر دفترچه‌ای با این نام نیست.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>قفل شده بود. قفل را باز کن تا ادامه بدهی.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>آن کار نیمه‌راه متوقف شد و هیچ‌چیز از آن نگه داشته نشد.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>این نوع پروفایل نمی‌تواند این کار را بکند.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>این فایلی نیست که باز شود (شاید یک پوشه یا دستگاه باشد).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>کسی که این را شریک کرده آن را فقط خواندنی گذاشته، پس نمی‌شود آن را در پرونده کپی کرد. اگر باید کپی شود، از او بخواه دوباره شریکش کند و این اجازه را بدهد.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>این فایل نگه داشته شده: می‌گوید از طرف کسی است که می‌شناسی، اما با کارت دیگری امضا شده. اول شماره‌ها را مقایسه کن.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>این با رمز عبور شریک شده، نه با کارت تو، پس برنامهٔ او نمی‌تواند بفهمد که پاسخ از طرف توست. به جایش رو در رو به او بگو.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>این پاسخ از طرف کسی که با او شریک کردی نیست، یا دربارهٔ آنچه با او شریک کردی نیست، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>این یادداشت از طرف کسی که با او شریک کردی نیست، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>این فایل برای کس دیگری ساخته شده، پس این‌جا باز نمی‌شود.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>این فایل را کسی که ساخته امضا نکرده، پس باز نشد.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>امضای این فایل جور نمی‌آید. شاید در راه تغییر کرده باشد، پس باز نشد.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>این فایل از کسی است که کارتش را اضافه نکرده‌ای، پس باز نشد.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>زمان این فایل تمام شده، پس دیگر باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>کسی که این فایل را شریک کرده بود از آن وقت یک فایل تازه‌تر به جایش شریک کرده. به جای این، فایل تازه‌تر را باز کن.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>کسی که این فایل را شریک کرده بود آن را پس گرفته، پس باز نمی‌شود.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>این فایل از اندازه‌ای که یک فایل شریک‌شده می‌تواند باشد بزرگ‌تر است، پس باز نشد.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>این فایل با نسخهٔ تازه‌تری از برنامه ساخته شده. لطفاً برای باز کردنش برنامه را تازه کن.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>این فایل با نسخهٔ قدیمی‌تر برنامه ساخته شده است. از کسی که آن را فرستاده بخواه برنامه را به‌روز کند و دوباره بفرستد.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>این رمز عبور این فایل را باز نمی‌کند. شماره‌ها را بررسی کن و دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>این فایل با رمز عبور قفل شده. از کسی که آن را شریک کرده بپرس.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>این فایل برای باز شدن خیلی بیشتر از آنچه برنامه هرگز به کار می‌برد کار می‌خواهد، پس باز نشد.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>این فایل خراب است یا در راه تغییر کرده، پس باز نشد.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>این فایل باز نشد و هیچ‌چیز از آن نگه داشته نشد.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>این فایل نسخهٔ پشتیبان نیست، یا خراب یا ناقص است. هیچ‌چیز بازگردانده نشد.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>این کارت با نسخهٔ قدیمی‌تر برنامه ساخته شده است و تو از قبل یک کارت تازه‌تر از این شخص داری، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>این فایل کارتِ این برنامه نیست، یا خراب است.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>این فایل برای اضافه کردن خیلی بزرگ است (حد آن ۵۰ مگابایت است).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>این فایل برای باز کردن خیلی بزرگ است.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>آن دیگر آن‌جا نیست. شاید پاک شده باشد.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>این از طرف کسی است که اضافه‌اش نکرده‌ای. اگر به او اعتماد داری، اول کارتش را اضافه کن، بعد دوباره بازش کن. هیچ‌چیز از آن نگه داشته نشد.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>این پیشنهادی برای تو نیست، پس باز نشد.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>این یادداشتی دربارهٔ چیزی که شریک کردی نیست، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>این جواب از طرف کسی که آن پیشنهادها را برایش فرستادی نیست، یا دربارهٔ آن‌ها نیست، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>این جوابی به پیشنهادهای تو نیست، پس چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>این تکه برای کس دیگری ساخته شده، پس نگه داشته نشد.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>از قبل یک تکهٔ تازه‌تر از این شخص نگه می‌داری، پس این تکهٔ قدیمی‌تر نگه داشته نشد.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>این کد بازیابی این نسخهٔ پشتیبان را باز نمی‌کند. کدی را به کار ببر که وقت ذخیرهٔ این نسخهٔ پشتیبان داشتی، و هر گروه را بررسی کن.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>این فایل از اندازه‌ای که یک نسخهٔ پشتیبان می‌تواند باشد بزرگ‌تر است، پس هیچ‌چیز بازگردانده نشد.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>اول کد بازیابی را بنویس.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>این کد خیلی کوتاه است: {0} حرف و رقم از ۲۸ حرف و رقمش را دارد.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>این کد خیلی بلند است: {0} حرف و رقم دارد، و یک کد ۲۸ تا دارد.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>یک کد بازیابی هرگز این‌ها را ندارد: {0}. هر حرف را با کاغذ مقایسه کن.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>اول کلمه‌های یک تکه را بنویس.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>یک تکه 20 کلمه دارد، و این یکی {0}. بررسی کن همهٔ کلمه‌ها باشند.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>«{0}» از کلمه‌هایی نیست که تکه‌ها به کار می‌برند. املایش را با تکه مقایسه کن.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>یکی از کلمه‌های این تکه اشتباه نوشته شده، یا دو کلمه جابه‌جا شده‌اند. دوباره از اول بخوانش.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>چیزی در آن کاملاً درست نیست: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>فایل خوانده یا ذخیره نشد. بررسی کن که جا هست و می‌توانی آن‌جا بنویسی.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>مشکلی پیش آمد. هیچ‌چیز تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>اندازهٔ متن، رنگ‌ها، قفل، رمز عبور و نسخهٔ پشتیبان (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>نام و ظاهر</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>افراد مورد اعتماد</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>تکه‌هایی که نگه می‌دارم</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحه‌های تنظیمات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>نام را &amp;ذخیره کن</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>نام را ذخیره کن</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هر کسی که از این کمپیوتر استفاده می‌کند می‌تواند این نام را ببیند.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>اندازهٔ متن به درصد</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>اندازهٔ &amp;متن</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>رنگ‌ها</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تضاد بالا</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;رنگ‌ها</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>خواندن &amp;آسان: جمله‌های کوتاه، متن بزرگ‌تر و تصویرها</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>خواندن آسان</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>ذخیره شد. تنظیمات را ببند تا آن را ببینی.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>ذخیره شد. وقتی تنظیمات را ببندی، برنامه عوض می‌شود.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>ذخیره شد. حالا نامش {0} است.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>اندازهٔ متن از {low} % تا {high} % است. حالا {now} % است.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>وقتی «قفل» یا «همین حالا پنهان کن» را بزنی هم قفل می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>نسخهٔ پشتیبان یک فایل است. تمام دفترچه‌ات در آن است. کد بازیابی‌ات آن را باز می‌کند. فایل را امن نگه دار. آن را دور از این لپ‌تاپ نگه دار، مثلاً روی یک فلش USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>بعد از این چند دقیقه بی‌استفاده، خودش قفل شود</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>&amp;خودش قفل شود بعد از</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>وقتی «قفل» یا «همین حالا پنهان کن» (Ctrl+Shift+H) را بزنی هم فوراً قفل می‌شود.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>رمز عبور فعلی</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>رمز عبور &amp;فعلی</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;عوض کردن رمز عبور</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>عوض کردن رمز عبور</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>این‌جا می‌توانی رمز عبورت را عوض کنی. رمزی را که حالا استفاده می‌کنی بنویس. بعد یک رمز تازه را دو بار بنویس.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>در حال عوض کردن…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>انجام شد. دفعهٔ بعد رمز عبور تازه‌ات را به کار ببر.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>نسخهٔ پشتیبان یک فایل با تمام دفترچهٔ توست. کد بازیابی‌ات آن را باز می‌کند. آن را جای امنی، دور از این لپ‌تاپ نگه دار.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>نسخهٔ &amp;پشتیبان ذخیره کن…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>نسخهٔ پشتیبان ذخیره کن</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>بعد از این چند روز یادم بده نسخهٔ پشتیبان ذخیره کنم (0: هرگز)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;یادم بده بعد از</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>این چیست</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>برایش نامی بگذار</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>یک رمز عبور انتخاب کن</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>کد بازیابی‌ات</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>در حال کار</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>در حال قفل کردن امن… کمی طول می‌کشد.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;برگشت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>خواندن &amp;آسان: جمله‌های کوتاه، متن بزرگ‌تر و تصویرها</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>خواندن آسان</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>آنچه دربارهٔ تو مهم است را یک‌جا نگه دار. بعد لازم نیست داستانت را دوباره تعریف کنی.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>مال خودت است. هیچ‌چیز شریک نمی‌شود مگر این‌که خودت بگویی.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>روی همین کمپیوتر می‌ماند. قفل است. فقط خودت رمز عبور را می‌دانی.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>پروفایل کارشناسی شما</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>پروفایل کارشناسی شما دفترچه‌هایی را که نوجوانان با شما شریک می‌کنند نگه می‌دارد تا بتوانید آن‌ها را بخوانید و چاپ کنید.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>اول کارت‌تان را به هر نوجوان بدهید. آنچه شریک می‌کنند فقط برای شما ساخته می‌شود و وقتی زمانی که انتخاب کرده‌اند تمام شد، حذف می‌شود.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>روی همین کمپیوتر می‌ماند، با رمز عبوری قفل شده که فقط خودتان می‌دانید. هیچ‌چیز از راه انترنت فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>به یک نوجوان کمک کنید</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>به یک نوجوان کمک کنید دفترچه‌اش را به‌روز نگه دارد: آنچه می‌دانید به او کمک می‌کند بنویسید و به شکل پیشنهادهایی بفرستید که خودش انتخاب می‌کند اضافه کند.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>او تصمیم می‌گیرد. هر پیشنهاد را می‌شود همان‌طور اضافه کرد، تغییر داد یا کنار گذاشت. هیچ‌چیز به دفترچه‌اش نمی‌رود مگر این‌که خودش انتخاب کند.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>پیش‌نویس‌های شما روی همین کمپیوتر می‌مانند، با رمز عبوری قفل شده که فقط خودتان می‌دانید.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>این خدمات اضطراری نیست. اگر شما یا نوجوان همین حالا به کمک نیاز دارید، به Samaritans به شمارهٔ 116 123 زنگ بزنید یا کلمهٔ SHOUT را به 85258 پیام بفرستید. در حالت اضطراری به 999 زنگ بزنید.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>جایی که مال توست</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>آنچه دربارهٔ تو مهم است را یک‌جا نگه دار: کی هستی، در چه چیزی خوبی، چه چیزی کمکت می‌کند و چه کسانی برایت مهم‌اند. بعد لازم نیست هر بار که چیزی عوض می‌شود داستانت را دوباره تعریف کنی.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>مال خودت است. هیچ‌چیز شریک نمی‌شود مگر این‌که خودت انتخاب کنی.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>روی همین کمپیوتر می‌ماند، با رمز عبوری قفل شده که فقط خودت می‌دانی.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هر کسی که از این کمپیوتر استفاده می‌کند می‌تواند این نام را ببیند. لازم نیست بگوید داخلش چیست.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>نامی انتخاب کن که حس کنی مال خودت است. بعداً می‌توانی عوضش کنی.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>فقط همین حالا آن را می‌بینی. اگر رمز عبور و این کد را گم کنی، هیچ‌کس نمی‌تواند آن را باز کند. حتی ما. افراد مورد اعتماد می‌توانند کمکت کنند دوباره وارد شوی: بعداً در تنظیمات انتخاب‌شان کن.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>این تنها باری است که نشان داده می‌شود. اگر هم رمز عبورت و هم این کد را گم کنی، هیچ‌کس نمی‌تواند دفترچه‌ات را باز کند، حتی ما، مگر این‌که افراد مورد اعتماد را تعیین کرده باشی (تنظیمات، بعد افراد مورد اعتماد): دو نفر از آن‌ها می‌توانند کمکت کنند دوباره وارد شوی.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>مثلاً: داستان من</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>چند ایده:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>داستان من</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>همه چیز دربارهٔ من</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>دفترچهٔ آبی</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>نام {0} را به کار ببر</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>این برنامه برای حالت اضطراری نیست. همین حالا کمک لازم داری؟ این‌ها رایگان‌اند، شب و روز:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>این خدمات اضطراری نیست. اگر همین حالا به کمک نیاز داری، این‌ها رایگان‌اند، شب و روز:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>هر کسی که از این کمپیوتر استفاده می‌کند می‌تواند این نام را ببیند، پس می‌تواند یک پوشش باشد: لازم نیست بگوید داخلش چیست.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>این نام در فهرست این کمپیوتر نشان داده می‌شود. بعداً می‌توانید آن را عوض کنید.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>مثلاً: کار</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>هر کسی که از این کمپیوتر استفاده می‌کند می‌تواند این نام را ببیند.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>یادداشت‌های خانه</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>مثلاً: کمک</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>هر کسی که از این کمپیوتر استفاده می‌کند می‌تواند این نام را ببیند، پس بهتر است نام نوجوان را به کار نبرید.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>این آن را باز می‌کند. چند کلمه که خودت یادت می‌ماند اما دیگران حدس نمی‌زنند خوب کار می‌کند، مثل «چاینک بنفش در روز سه‌شنبه».</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>این آن را باز می‌کند. چند کلمه به کار ببر که یادت بماند. مثلاً: چاینک بنفش در روز سه‌شنبه.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;رمز عبور</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>اگر روزی رمز عبورت را فراموش کنی، این کد به جایش آن را باز می‌کند. آن را بنویس یا چاپ کن و جای امنی، دور از این کمپیوتر نگه دار.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>رمز عبورت یادت رفت؟ این کد به جایش آن را باز می‌کند. آن را بنویس. جای امنی، دور از این کمپیوتر نگهش دار.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>این تنها باری است که نشان داده می‌شود. اگر هم رمز عبور و هم این کد را گم کنید، هیچ‌کس نمی‌تواند این پروفایل یا آنچه با شما شریک شده را باز کند، حتی ما.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>این تنها باری است که نشان داده می‌شود. اگر هم رمز عبور و هم این کد را گم کنید، هیچ‌کس نمی‌تواند این پروفایل یا پیش‌نویس‌های‌تان را باز کند، حتی ما.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>قدم {0} از {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>&amp;بساز</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>نگهش داشتم، &amp;شروع کن</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>پس گرفته شده</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>یکی تازه‌تر جایش را گرفت</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>زمانش تمام شده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}؛ در {1} بازش کردند</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}؛ در {1} پاسخ دادند</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>تاریخ شریک شدن</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>نوشته‌ای که بعداً پاک شد</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>برای {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>پاسخ‌ها به این شریک‌سازی</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} در {date} پاسخ داد</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>کاری که {name} دربارهٔ «{title}» خواهد کرد: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>شریک کن</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;برگشت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>چه چیزی را می‌خواهی شریک کنی؟</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>همهٔ نوشته‌های &amp;همین حالا مهمم را انتخاب کن</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>همهٔ نوشته‌های همین حالا مهمم را انتخاب کن</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>انتخابم را &amp;پاک کن</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>انتخابم را پاک کن</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>&amp;نوشته‌ها، بر اساس بخش</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>نوشته‌ها برای شریک کردن</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>نوشته‌ها</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>هنوز چیزی انتخاب نشده.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>عکس: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>صدا: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>فایل: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>برای چه کسی است؟</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>کسی که &amp;کارتش را دارم</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>کسی که کارتش را دارم</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>کسی که کارت &amp;برنامه را ندارد</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>کسی که کارت برنامه را ندارد</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>کسانی که کارت‌شان را داری</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>هنوز کارت کسی را اضافه نکرده‌ای. یکی را در صفحهٔ افراد اضافه کن، یا با کسی که کارت برنامه را ندارد شریک کن.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>&amp;نام او</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>&amp;نام تو، همان‌طور که آن‌ها می‌بینند</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>نام او</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>آنچه می‌خواهی شریک کنی را نشانی کن. هیچ‌چیز دیگری نمی‌رود.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>هیچ‌چیز انتخاب نمی‌شود تا خودت نشانی‌اش کنی. عکس‌ها و صداها همراه نوشتهٔ خودشان می‌روند، مگر این‌که نشانی‌شان را برداری.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(همین حالا مهم)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>آنچه مردم باید &amp;اول بدانند را بالا بگذار</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>آنچه مردم باید اول بدانند: آن را در خانه بنویس تا شریکش کنی</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>آنچه مردم باید اول بدانند را شریک کن</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n نوشته انتخاب شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>هنوز هیچ کارتی نداری. یکی را در صفحهٔ افراد اضافه کن.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>مثلاً: خانم گرین در مکتب</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>برنامه برای فایل یک رمز عبور می‌سازد. آن را به آن‌ها بگو. هرگز آن را همراه فایل نفرست.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>برنامه برای فایل یک رمز عبور می‌سازد. آن را با صدای خودت به آن‌ها بگو، رو در رو یا با تیلفون، هرگز در همان پیامی که فایل در آن است.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>هنوز شماره‌های کارت را با {0} بررسی نکرده‌ای. باز هم می‌توانی شریک کنی. اما بهتر است اول شماره‌ها را با آن‌ها بررسی کنی. این کار را در صفحهٔ افراد بکن.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>هنوز شماره‌های کارت را با {0} مقایسه نکرده‌ای. باز هم می‌توانی شریک کنی، اما اگر می‌توانی، اول شماره‌ها را با آن‌ها بررسی کن (در صفحهٔ افراد).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>برای چه مدت؟</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>چرا آن را شریک می‌کنی؟</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام تو</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>برای چه مدت، و چرا؟</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>وقتی زمانش تمام شد، برنامهٔ آن‌ها آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>۱ &amp;ماه</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>۱ &amp;هفته</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>۳ ما&amp;ه</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>تا یک &amp;تاریخ:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>تا این تاریخ</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;چرا؟ آن‌ها این را می‌بینند.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;چرا آن را شریک می‌کنی؟ آن‌ها این را می‌بینند.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>چرا آن را شریک می‌کنی</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>مثلاً: رفتن به یک مکتب تازه</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>نام شما، همان‌طور که آن‌ها می‌بینند</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>پیش‌نمایش فایل شریک‌شده</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>این دقیقاً همان چیزی است که {0} می‌بیند</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>این جای چیزی را می‌گیرد که در {1} با {0} شریک کردی. وقتی این یکی را باز کنند، برنامهٔ آن‌ها قبلی را حذف می‌کند.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>این جای چیزی را می‌گیرد که در {1} با {0} شریک کردی. وقتی این را باز کنند، برنامهٔ آن‌ها آن یکی را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>دفعهٔ قبل، «آنچه مردم باید اول بدانند» برای {0} رفت. این بار نمی‌رود، مگر این‌که نشانی‌اش کنی.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>دفعهٔ قبل، «آنچه مردم باید اول بدانند» برای {0} رفت. حالا خالی است. پس این بار نمی‌رود.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>«آنچه مردم باید اول بدانند» با آخرین شریک‌سازی‌ات برای {0} رفت. با این یکی نمی‌رود مگر این‌که نشانی‌اش کنی.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>«آنچه مردم باید اول بدانند» با آخرین شریک‌سازی‌ات برای {0} رفت. حالا خالی است، پس با این یکی نمی‌رود.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>تازه: آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>تغییر کرده: آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>دیگر شریک نیست: آنچه مردم باید اول بدانند</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>تازه: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>تغییر کرده: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>دیگر شریک نیست: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>دیگر شریک نیست: %n که حذف کردی</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>از آخرین باری که در {1} با {0} شریک کردی چیزی تغییر نکرده.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>از آخرین باری که در {1} با {0} شریک کردی: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>در حال ذخیرهٔ فایل</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>رمز عبور. آن را با صدا برایشان بخوان:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>برای {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>فایل شریک‌شده را ذخیره کن</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>فایل‌های شریک‌شده (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n نوشته</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>«{0}» ذخیره شد. {1} را برای {2} دارد، تا پایان {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>می‌توانند آن را در پرونده‌های خود کپی کنند؛ آن کپی بعد از پایان هم می‌ماند.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>فایل را به آن‌ها بده. فقط با رمز عبور زیر باز می‌شود.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>فایل را به آن‌ها بده، روی فلش USB یا با ایمیل. فقط برنامهٔ آن‌ها می‌تواند بازش کند.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>رمز عبور: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>«{0}» ذخیره شد. {1} را برای {2} دارد. تا پایان {3} باز می‌شود.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>می‌توانند آن را در پرونده‌های خود کپی کنند. آن کپی بعد از پایان هم می‌ماند.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>فایل را به آن‌ها بده. از فلش USB یا ایمیل استفاده کن. فقط برنامهٔ آن‌ها می‌تواند بازش کند.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>هیچ‌چیز شریک نشد.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>قدم {0} از {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>&amp;اول ببینمش</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>فایل را &amp;ذخیره کنید…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تمام</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>صفحه‌ها و کارها</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>یک صدا ضبط کن</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>صدای خودت، موسیقی یا هر چیزی که دوست داری را ضبط کن. روی همین کمپیوتر، قفل‌شده در دفترچه‌ات می‌ماند، و فقط اگر نگهش داری.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;ضبط</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>بلندی صدا</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>روی این کمپیوتر میکروفونی پیدا نشد. باز هم می‌توانی یک صدا را از فایل اضافه کنی.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>این صدا را &amp;نگه دار</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>این صدا را نگه دار</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;دور بینداز</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>این صدا را دور بینداز</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>فعلاً نمی‌شود از میکروفون استفاده کرد. ببین وصل باشد، بعد دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>یک صدا بیشتر از این نمی‌تواند طولانی باشد. به آن گوش بده، بعد نگهش دار یا دورش بینداز.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>میکروفون از کار ایستاد. آنچه تا حالا ضبط شده هنوز این‌جاست.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;مکث</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>مکث ضبط</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>در حال ضبط…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>&amp;ادامهٔ ضبط</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>ادامهٔ ضبط</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>مکث شده. می‌توانی گوش بدهی، ادامه بدهی، نگهش داری یا دورش بیندازی.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>بلندی صدا: مکث شده</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>بلندی صدا: چیزی شنیده نمی‌شود</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>بلندی صدا: آرام</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>بلندی صدا: خوب</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>بلندی صدا: خیلی بلند</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} ضبط شد، {left} مانده</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>صدای ضبط‌شدهٔ تو</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>روی این کمپیوتر صدایی برای {language} نیست، پس این را نمی‌شود بلند خواند. در تنظیمات خود کمپیوتر می‌شود یک صدا اضافه کرد.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>خواندن با صدای بلند فعلاً روی این کمپیوتر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>بلند خواندن به گفتار کمپیوتر نیاز دارد، و این‌جا کار نمی‌کند. در Linux، نصب speech-dispatcher و espeak-ng آن را فراهم می‌کند.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>نشانی شده.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>بعضی نشانی شده.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>نشانی نشده.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>این نمونه است. رمز عبورش این است: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>کلماتت ذخیره شدند</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>آنچه وقتی جا نبود نوشتی، حالا ذخیره شده.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>کد بازیابی‌ات</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>دربارهٔ من</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>دوست داری مردم دربارهٔ تو چه بدانند؟</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>دوست دارد مردم دربارهٔ او چه بدانند؟</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>نقاط قوت من</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>در چه چیزی خوبی؟ مردم چه چیزی را در تو دوست دارند؟</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>در چه چیزی خوب است؟ مردم چه چیزی را در او دوست دارند؟</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>چه چیزی کمکم می‌کند</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>وقتی تحت فشار هستی یا دلت گرفته، چه چیزی کمکت می‌کند؟</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>وقتی تحت فشار است یا دلش گرفته، چه چیزی کمکش می‌کند؟</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>چه چیزی کمکم نمی‌کند</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>چه چیزی کارها را برایت سخت‌تر می‌کند؟</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>چه چیزی کارها را برایش سخت‌تر می‌کند؟</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>کسانی که برایم مهم‌اند</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>چه کسی برایت مهم است؟</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>چه کسی برایش مهم است؟</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>آنچه قبلاً کمک کرده</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>در گذشته چه چیزی کمکت کرده؟</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>در گذشته چه چیزی کمکش کرده؟</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>وقتی همه‌چیز سخت می‌شود</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>وقتی همه‌چیز برایت سخت می‌شود، مردم چه کار کنند؟</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>وقتی همه‌چیز برایش سخت می‌شود، مردم چه کار کنند؟</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>آرزوها و پلان‌ها</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>چشم‌انتظار چه چیزی هستی؟</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>چشم‌انتظار چه چیزی است؟</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>تغییرهایی که در راه است</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>آیا چیزی در حال تغییر است، مثل رفتن به جای تازه یا مکتب تازه؟</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>آیا برای او چیزی در حال تغییر است، مثل رفتن به جای تازه یا مکتب تازه؟</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>تغییرش بده، بعد اضافه کن</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>پیشنهاد را تغییر بده، بعد اضافه کن</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>مال خودت کن</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>پیشنهاد {name}. هرچه می‌خواهی تغییر بده؛ فقط آنچه اضافه کنی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>به دفترچه‌ام &amp;اضافه کن</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>به دفترچه‌ام اضافه کن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>حالا نه: منتظر بماند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>کلمات</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;کلمات</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;بخش</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;همین حالا مهم</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>همین حالا مهم</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>ایده‌هایی از کسانی که کمکت می‌کنند. هیچ‌چیز به دفترچه‌ات نمی‌رود مگر این‌که اضافه‌اش کنی.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>باز کردن &amp;پیشنهادها…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>یک فایل پیشنهاد را باز کن</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>در حال باز کردن فایل</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>چیزی منتظر نیست. وقتی کسی که کمکت می‌کند یک فایل پیشنهاد به تو داد، آن را این‌جا باز کن.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>پیشنهادهایی که منتظر تو هستند</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>&amp;منتظر تو</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>پیشنهادشده</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>پیشنهاد، کنار چیزی که به آن مربوط است</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>به دفترچه‌ام &amp;اضافه‌اش کن</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>همان‌طور که هست به دفترچه‌ام اضافه‌اش کن</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;تغییرش بده، بعد اضافه کن…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>تغییرش بده، بعد اضافه کن</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;نه، ممنون…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>به این پیشنهاد نه بگو</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>نه، ممنون</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>نه، ممنون: این پیشنهاد را کنار بگذار</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>به «{title}» نه، ممنون؟ به دفترچه‌ات نمی‌رود و این پیشنهاد این‌جا نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>نه، ممنون: «{title}» به دفترچه‌ات نمی‌رود.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>فعلاً نگهش دار</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>همین حالا در دفترچه‌ات هست</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>هنوز چیزی مثل آن نیست.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>باز کردن پیشنهادها</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>پیشنهادها (*{0});;هر فایل (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>در حال باز کردن و بررسی فایل…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>همه‌چیز این فایل از طرف {name} را قبلاً دیده‌ای.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} یک پیشنهاد فرستاد. تا وقتی اضافه‌اش نکنی، چیزی در دفترچه‌ات نیست.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} {count} پیشنهاد فرستاد. تا وقتی اضافه‌شان نکنی، چیزی در دفترچه‌ات نیست.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>یادداشت آن‌ها: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>پیوست: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>عکس پیوست: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>«{title}» به {section} اضافه شد.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>به {name} بگو چه تصمیم گرفتی…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>به {name} بگو چه تصمیم گرفتی</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>از {name}، برای «{section}»</translation>
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
        <translation>اندازهٔ متن {0} درصد</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>نوشته‌ها، تازه‌ترین اول</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>هنوز چیزی این‌جا نیست. آنچه بنویسی این‌جا پیدا می‌شود، تازه‌ترین اول.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>تازه‌ترین اول، بر اساس زمان اتفاق یا زمان نوشتن.</translation>
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
        <translation>همین حالا قفلش کن (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>همین حالا پنهان کن</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>فوراً قفل کن و یک صفحهٔ خالی نشان بده (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>شماره‌ها بررسی شده</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>شماره‌ها هنوز بررسی نشده</translation>
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
        <translation>شاید روزی رمز عبورت و کد بازیابی‌ات را گم کنی. آن وقت کسانی که به آن‌ها اعتماد داری می‌توانند کمکت کنند دوباره وارد شوی. سه نفر از افرادت را انتخاب کن. هر کدام یک تکه می‌گیرد. تکه یک فایل کوچک است. فقط برنامهٔ خودش می‌تواند بازش کند. دو تکه با هم تو را دوباره به داخل می‌رسانند. یک تکه به تنهایی هیچ‌چیز را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>اگر روزی هم رمز عبورت و هم کد بازیابی‌ات را گم کنی، کسانی که به آن‌ها اعتماد داری می‌توانند کمکت کنند دوباره وارد شوی. سه نفر از افرادت را انتخاب کن. هر کدام یک تکه می‌گیرد: یک فایل کوچک که فقط برنامهٔ خودش می‌تواند بازش کند. هر دو تکه‌ای، با هم، تو را دوباره به داخل می‌رسانند؛ یک تکه به تنهایی هیچ‌چیز را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>سه نفر را &amp;انتخاب کن</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>سه نفر را انتخاب کن</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>انتخاب‌شده: {0} از 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>&amp;نام تو، همان‌طور که افراد مورد اعتمادت تو را می‌شناسند</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>نام تو، همان‌طور که افراد مورد اعتمادت تو را می‌شناسند</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>هر تکه می‌گوید مال چه کسی است. پس کارتت اول یک نام لازم دارد. این نام روی کارتت هم می‌آید (کارت من).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>هر تکه می‌گوید مال چه کسی است، پس کارتت اول یک نام لازم دارد. این نام روی کارتت هم می‌آید (کارت من).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;از این نام استفاده کن</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>از این نام استفاده کن</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>اول کارت‌های کسانی را که به آن‌ها اعتماد داری اضافه کن. این کار را در صفحهٔ افراد بکن. بعد به این‌جا برگرد.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>اول کارت‌های کسانی را که به آن‌ها اعتماد داری اضافه کن (افراد)، بعد به این‌جا برگرد.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>تکه‌هایشان را &amp;بساز…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>تکه‌هایشان را بساز</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>در حال ساختن تکه‌ها</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>افراد مورد اعتماد</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>برو به &amp;صفحهٔ افراد…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>برو به افراد، تا کارت اضافه کنی یا شماره‌هایشان را بررسی کنی</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>به کارت‌های سه نفر نیاز داری. %n کارت دیگر را در صفحهٔ افراد اضافه کن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>به کارت‌های سه نفر نیاز داری: %n کارت دیگر را در صفحهٔ افراد اضافه کن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>سه نفر را در فهرست نشانی کن. %n نفر دیگر مانده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>سه نفر را در فهرست نشانی کن: %n نفر دیگر مانده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>سه نفر نشانی شده.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>سه فایل در {folder} ذخیره شد. به هر نفر فایل خودش را بده. آن را دست به دست بده، یا روی یک فلش USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>سه فایل در {folder} ذخیره شد. به هر نفر فایل خودش را بده (دست به دست، یا روی یک فلش USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>اول شماره‌های کارت را با {0} بررسی کن. این کار را در صفحهٔ افراد، روی کارت او بکن. آن وقت می‌دانی که تکه به شخص درست می‌رود.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>اول شماره‌های {0} را با خودش بررسی کن (افراد، بعد کارتش): یک تکه فقط به اندازهٔ کارتی که به آن می‌رود امن است.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>اول شماره‌های این افراد را با خودشان بررسی کن (افراد، بعد کارت هر کدام): {0}. یک تکه فقط به اندازهٔ کارتی که به آن می‌رود امن است.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>تکه‌هایی که نزد {0} است حالا کار نمی‌کنند. این تکه‌ها مال پیش از بازگرداندن دفترچه‌ات هستند. سه نفر را در پایین نشانی کن تا تکه‌های تازه بسازی.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>تکه‌هایی که نزد {0} است مال پیش از بازگرداندن است و دیگر این دفترچه را باز نمی‌کند. سه نفر را در پایین نشانی کن تا تکه‌های تازه بسازی.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>هنوز افراد مورد اعتماد نداری.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>افراد مورد اعتمادت {0} هستند. تکه‌هایشان را در {1} ساختی. اگر تکه‌های تازه بسازی، تکه‌های قبلی دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>افراد مورد اعتمادت {0} هستند (تکه‌ها در {1} ساخته شدند). ساختن تکه‌های تازه یعنی تکه‌هایی که حالا دارند دیگر هیچ‌چیز را باز نمی‌کنند.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>یک پوشه برای سه تکه انتخاب کن</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>آن را در برنامهٔ خودشان باز می‌کنند. به تنظیمات، بعد «تکه‌هایی که نگه می‌دارم» می‌روند.</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>در برنامهٔ خودشان آن را در تنظیمات، بعد «تکه‌هایی که نگه می‌دارم»، باز می‌کنند.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>ساختن کد تازه را تمام نکردی. کد قبلی‌ات هنوز کار می‌کند.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>دوباره وارد شدن با کمک افراد &amp;مورد اعتماد…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>دوباره وارد شدن با کمک افراد مورد اعتماد</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;برگشت به فهرست</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>برگشت به فهرست</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>در حال باز کردن</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>کد &amp;بازیابی‌ات را بنویس</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>کدی که نوشتی یا چاپ کردی</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>به جایش از رمز &amp;عبورم استفاده کن</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>رمز &amp;عبورت را بنویس</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>به جایش از کد &amp;بازیابی‌ام استفاده کن</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>آنچه شریک کردی را پس بگیر</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>وقتی برنامهٔ آن‌ها آن را باز کند، آنچه شریک کردی را حذف می‌کند و آن فایل را دیگر باز نمی‌کند.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>خودش به آن‌ها نمی‌رسد: همان‌طور که فایل اول را به آن‌ها دادی، این را هم بده.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>نمی‌تواند چیزی را که قبلاً خوانده، چاپ کرده یا نوشته‌اند پس بگیرد. اگر این نگرانت می‌کند، با آن‌ها یا با کسی که به او اعتماد داری حرف بزن.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>فایل پس‌گرفتن را &amp;بساز…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>فایل پس‌گرفتن را بساز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>این یک فایل کوچک پس‌گرفتن برای {name} می‌سازد، دربارهٔ آنچه در {date} ساعت {time} شریک کردی</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>، «{purpose}»</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} و %n تای دیگر</numerusform>
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
        <translation>نوشته‌شده با</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>کسی که در نوشتن این کمکت کرد. یک نام انتخاب کن یا بنویس، یا خالی بگذار.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>فقط خودم</translation>
    </message>
</context>
</TS>
