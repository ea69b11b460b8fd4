<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>ካርድ ናይ ሓደ ሰብ ወስኹ</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>እቲ ዝሃቡኹም ፋይል ካርድ ምረጹ። ድሕሪኡ ነቶም ቁጽርታት ብሓባር ብዓውታ ኣንብብዎም፦ እንተ ተሰማሚዖም፡ ኣብ መንገዲ ዝቐየሮ ሰብ የለን።</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>ፋይል ካርድ ምረጹ (&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>ፋይል ካርድ ምረጹ</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>ነቶም ቁጽርታት ብዓውታ ኣንቢብናዮም፡ ይሰማምዑ እዮም (&amp;M)</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>ነቶም ቁጽርታት ብዓውታ ኣንቢብናዮም፡ ይሰማምዑ እዮም</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>እቲ ካርድ ወስኹ (&amp;A)</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>እቲ ካርድ ወስኹ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>ካርድታት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>ዝወሰንኩምዎ ን{name} ኣፍልጥዎ</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>ዝወሰንኩምዎ ኣፍልጥዎም</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>እዚ እቲ መልሲ ዝብሎ ኩሉ እዩ። ኣርእስቲ ይኹን ቃላትኩም የብሉን፦ {name} ኣብ ጎኒ እቲ ዝለኣኽዎ ይርእዮ።</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>እቲ መልሲ እንታይ ይብል</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>እቲ መልሲ እንታይ ይብል (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>እቲ መልሲ ዓቅቡ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>እቲ መልሲ ከም ፋይል ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>ወሲኽኩምዎ</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>ብለውጢ ወሲኽኩምዎ</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>ኣይፋል፡ የቐንየለይ ኢልኩም</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ገና ኣይተወሰነን</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>ሓሳብ {number}፡ ብ{date} ዝተለኣከ፦ {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>መልሲ ን{name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>እቲ መልሲ ዓቅቡ</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>መልስታት (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>ተዓቂቡ። ነቲ ፋይል ን{name} ሃብዎ፤ ኣብ ኣፕሊኬሽኖም “ሓሳባት ስደዱ…”፡ ድሕሪኡ “መልሲ ክፈቱ…” ይመርጹ።</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>ስእልታት፡ ድምጽታትን ፋይላትን</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>ስእሊ፡ ድምጺ ወይ ፋይል ወስኹ…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>ስእሊ፡ ድምጺ ወይ ፋይል ወስኹ</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>ስእልታትን ድምጽታትን (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>ስእሊ ሳሉ…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>ስእሊ ሳሉ</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>ድምጺ ቅረጹ…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>ድምጺ ቅረጹ</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>መጀመርታ ኣርእስቲ ወስኹ፡ ድሕሪኡ ስእልታት፡ ድምጽታትን ፋይላትን ክትውስኹ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} ይውሰኽ ኣሎ…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ተወሲኹ።</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} ይለዓል?</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>ካብዚ ጽሑፍ ተላዒሉ ክድምሰስ እዩ። እዚ ክምለስ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>ኣልዕልዎ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ዓቅብዎ</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} ተላዒሉ።</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>ቅዳሕ ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>ቅዳሕ ከም {name} ተዓቂቡ።</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>ቅዳሕ ዓቅቡ…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>ቅዳሕ ናይ {name} ዓቅቡ</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ኣልዕሉ…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} ኣልዕሉ</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>እቲ ስእሊ ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>ስእሊ፦ {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>እዚ ስእሊ ክርአ ኣይክእልን፡ ግን ብድሕንነት ተዓቂቡ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>ስእለይ፡ {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>ቅጂ ድምጸይ፡ {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>ካብ 1 KB ዝውሕድ</translation>
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
        <translation>ዝተተሓሓዘ ፋይል</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>ተጻወቱ</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>{name} ተጻወቱ</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>ኣብዚ ኮምፒተር ድምጽታት ክጻወቱ ኣይክእሉን። ቅዳሕ ዓቂብኩም ኣብ ካልእ ቦታ ክትሰምዕዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>{name} ደው ኣብሉ</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>ይጻወት ኣሎ</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>እዚ ድምጺ ኣብዚ ክጻወት ኣይክእልን። ቅዳሕ ዓቂብኩም ኣብ ካልእ ቦታ ክትሰምዕዎ ትኽእሉ።</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>ኩሉ ኣብ ደብተርኩም ዘሎ ዝሓዘ ሓደ ፋይል። ማለት ቃላትኩም፡ ስእልታት፡ ድምጽታት፡ ታሪኽን ሰባትን። እዚ ላፕቶፕ እንተ ጠፊኡ፡ እቲ ፋይል ደብተርኩም ይመልሶ።</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>ኩሉ ኣብ ደብተርኩም ዘሎ ዝሓዘ ሓደ ፋይል፦ ቃላትኩም፡ ስእልታት፡ ድምጽታት፡ ታሪኽን ሰባትን። እዚ ላፕቶፕ እንተ ጠፊኡ፡ ደብተርኩም ይመልሶ።</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድኩም ነዚ ፋይል ይኸፍቶ። ካብዚ ላፕቶፕ ርሒቕኩም ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>ናይ ምምላስ ኮድኩም ነዚ ፋይል ይኸፍቶ። ካብዚ ላፕቶፕ ርሒቕኩም ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>እቲ ተጠባባቒ ቅዳሕ ይዕቀብ ኣሎ</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>ኣበይ ከም ዝዕቀብ ምረጹ (&amp;S)…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>እቲ ተጠባባቒ ቅዳሕ ኣበይ ከም ዝዕቀብ ምረጹ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>ተጠባባቒ ቅዳሕ {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>ተጠባባቒ ቅዳሓት (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>ይዕቀብ ኣሎ… ነቲ ኣፕሊኬሽን ምጥቃም ክትቕጽሉ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>ከም {name} ኣብ {folder} ተዓቂቡ።</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>ካብ ናይ መወዳእታ ተጠባባቒ ቅዳሕኩም ነዊሕ ግዜ ሓሊፉ። ተጠባባቒ ቅዳሕ፡ እዚ ላፕቶፕ እንተ ጠፊኡ ደብተርኩም ውሑስ ይገብሮ።</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>ተጠባባቒ ቅዳሕ ዓቅቡ (&amp;B)…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>ሕጂ ኣይኮነን፦ ኣብ ዝመጽእ ኣዘኻኽሩኒ</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>መዘኻኸሪ ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>ናይ ምምላስ ኮድኩም ተቐይሩ ኣሎ፡ እቶም ቅድሚ ሕጂ ዝዓቀብኩምዎም ተጠባባቒ ቅዳሓት ብቐደማይ ኮድ ጥራይ እዮም ዝኽፈቱ። ምስቲ ሓድሽ ኮድኩም ዝኸይድ ሓድሽ ተጠባባቒ ቅዳሕ ሕጂ ዓቅቡ።</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>ናይ ምምላስ ኮድኩም ተቐይሩ ኣሎ። እዚ ላፕቶፕ እንተ ጠፊኡ ደብተርኩም ውሑስ ምእንቲ ክኸውን፡ ሕጂ ተጠባባቒ ቅዳሕ ዓቅቡ፤ ሓድሽ ኮድኩም ይኸፍቶ።</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>ናይ ምምላስ ኮድኩም ተቐይሩ ኣሎ። ቀደምቲ ተጠባባቒ ቅዳሓትኩም ነቲ ቀደማይ ኮድ የድልዮም። ስለዚ ሕጂ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ። ምስቲ ሓድሽ ኮድኩም ይኸይድ።</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>ናይ ምምላስ ኮድኩም ተቐይሩ ኣሎ። ሕጂ ተጠባባቒ ቅዳሕ ዓቅቡ። ሽዑ እዚ ላፕቶፕ እንተ ጠፊኡ ደብተርኩም ውሑስ ይኸውን። ሓድሽ ኮድኩም ነቲ ተጠባባቒ ቅዳሕ ይኸፍቶ።</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>ንነዊሕ ግዜ ተጠባባቒ ቅዳሕ ኣይዓቀብኩምን። ተጠባባቒ ቅዳሕ፡ እዚ ላፕቶፕ እንተ ጠፊኡ ደብተርኩም ውሑስ ይገብሮ።</translation>
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
        <translation>ከመይ ጌርኩም ከተዛርቡኒ</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>ብዚ ስም ጸውዑኒ</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>ክትጽውዑሉ እትፈትውዎ ስም</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>በጃኹም ብዛዕባዚ ኣይትሕተቱኒ</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>ንኣብነት፦ ቀጺሉ እንታይ ከም ዝኸውን ንገሩኒ፤ ንኽምልስ ግዜ ሃቡኒ</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>እዚኦም ኣብ ደብተርኩም ይጸንሑ። ክተካፍሉ ከለኹም ምልክት እንተ ገበርኩምሎም ጥራይ እዮም ዝካፈሉ፡ ሽዑ ድማ ቅድሚ ኩሉ ካልእ ይመጹ።</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>ብዚ ስም ጸውዑኒ (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>በጃኹም ብዛዕባዚ ኣይትሕተቱኒ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>ከመይ ጌርኩም ከተዛርቡኒ (&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ዓቅቡ (&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ዓቅቡ</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>ብዙሕ ቃላት እዩ፦ ነፍሲ ወከፍ ሳንዱቕ ክሳብ %n ፊደል ጥራይ ይሕዝ።</numerusform>
            <numerusform>ብዙሕ ቃላት እዩ፦ ነፍሲ ወከፍ ሳንዱቕ ክሳብ %n ፊደላት ጥራይ ይሕዝ።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>ሰባት ብምንታይ ስም ክጽውዑኹም ኣለዎም? ክትሕተትሉ ዘይትደልዩ ነገር ኣሎ ድዩ? ሰባት ከመይ ጌሮም ከዛርቡኹም ትፈትዉ?</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>ብዚ ስም ጸውዑኒ</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>በጃኹም ብዛዕባዚ ኣይትሕተቱኒ</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>ከመይ ጌርኩም ከተዛርቡኒ</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>ክተካፍሉ ከለኹም ምልክት እንተ ገበርኩምሎም ጥራይ እዮም ዝካፈሉ።</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>ጽሓፍዎም (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>ቀይሩ (&amp;C)…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ጽሓፉ</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ቀይሩ</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>ብዚ ስም ጸውዑኒ</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>በጃኹም ብዛዕባዚ ኣይትሕተቱኒ</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>ከመይ ጌርኩም ከተዛርቡኒ</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>በጃኹም መጀመርታ እዚ ኣንብቡ</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም፦ ኣብ ላዕሊ ንምቕማጥ ነፍሲ ወከፍ ምልክት ግበሩሉ።</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>“{0}” ኣብቲ ገጽ ኣቐምጡ</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>ብ{sender} ን{recipient} ዝተኻፈለ፡ ክሳብ {until} ክፉት። {sender} ን{recipient} ኣብ መዛግብቶም ቅዳሕ ክዕቅቡ ፈቒዶም፤ ብዘይካኡ በጃኹም ንኻልእ ኣይተሕልፍዎ።</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>ብ{sender} ን{recipient} ዝተኻፈለ፡ ክሳብ {until} ክፉት። በጃኹም ኣይትቕድሑዎ ወይ ንኻልእ ኣይተሕልፍዎ።</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>ናብ መዛግብቲ ኣይኣቱን።</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>ናብ መዛግብቶም ክቕዳሕ ይኽእል (ኣብኡ ዘሎ ቅዳሕ ድሕሪ ምውዳኡ እውን ይጸንሕ)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>ንምንባብ ጥራይ፦ ናብ መዛግብቲ ኣይኣቱን</translation>
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
        <translation>(ሓድሽ)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ሓድሽ</numerusform>
            <numerusform>%n ሓደስቲ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ዝተቐየረ</numerusform>
            <numerusform>%n ዝተቐየሩ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n ድሕሪ ሕጂ ዘይካፈል</numerusform>
            <numerusform>%n ድሕሪ ሕጂ ዘይካፈሉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>ካብ {0} ጀሚሩ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>ካብ {0} ጀሚሩ ዝተቐየረ፦ {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>ድሕሪ ሕጂ ኣይካፈልን፦ ካብቲ ናይ መወዳእታ %n</numerusform>
            <numerusform>ድሕሪ ሕጂ ኣይካፈሉን፦ ካብቲ ናይ መወዳእታ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>ሕጂ ኣብ ትሕቲ ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>ሕጂ ከም ሕጂ ኣገዳሲ ተመልኪቱ</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>ድሕሪ ሕጂ ከም ሕጂ ኣገዳሲ ኣይተመልከተን</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>ገና ሓቂ ድዩ ንምሕታት ሓድሽ ዕለት</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>ሓድሽ ዕለት መዓስ ከም ዘጋጠመ</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>ሓድሽ ሕብሪ</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>ስእልታቱ፡ ድምጽታቱ ወይ ፋይላቱ ተቐይሮም</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>ሓደስቲ ቃላት ኣብ ትሕቲኦም ተሰሚሮም (ሓድሽ) ተመልኪቶም</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>ገለ ቃላት ተላዒሎም</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>ሓድሽ፦</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>ዝተቐየረ፦</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>ኣብ ትሕቲኦም ዝተሰመሩ ቃላት፡ ነፍሲ ወከፎም (ሓድሽ) ዝሰዓቦም፡ ካብ {0} ጀሚሮም ሓደስቲ ወይ ዝተቐየሩ እዮም።</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>ብ{0} ዝተኻፈለ</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ሕጂ ኣገዳሲ</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>ኣብዚ ፋይል ከም ሕጂ ኣገዳሲ ዝተመልከተ የለን።</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>ዝተኻፈለ ኩሉ</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>ዘካፈለ</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>ካባኹም ከም ዝመጸ ዘርእዩ ቁጽርታት</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>ካብኦም ከም ዝመጸ ዘርእዩ ቁጽርታት</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>ዝተኻፈሎ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>ዝተሰርሓሉ</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>ክፉት ክሳብ</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>መወዳእታ {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>ስለምንታይ ከም ዝተኻፈለ</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(መዘኻኸሪ የብሉን)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>መዛግብቲ</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>ካብ {0} ጀሚሩ ሓድሽ</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>ካብ {0} ጀሚሩ ዝተቐየረ</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>ዘጋጠመሉ {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>ናይ መወዳእታ ዝተቐየረሉ {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>ብ{carer} (ሓላዊ) ዝቐረበ ሓሳብ፡ ብ{owner} ተቐይሩ ተወሲኹ</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>ብ{carer} (ሓላዊ) ዝቐረበ ሓሳብ፡ ብ{owner} ተወሲኹ</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>ስእሊ፦ {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>ክርአ ዘይክእል ስእሊ፦ {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>ድምጺ፦ {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>ፋይል፦ {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>ብዛዕባ እዚ ፋይል</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} ገጽ {1} ካብ {2}።</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>ሓድሽ፦ ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>ዝተቐየረ፦ ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>ዝተቐየረ፦ ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ (&amp;N)…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>ቁጽርታት እቲ ካርድ ምስቲ ሰብ ኣንብቡ፤ እንተ ተሰማሚዖም፡ ከም ዝተረጋገጸ ምልክት ግበሩ</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>እቲ ዝተኻፈለ ፋይል</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>ኣብዚ ንምንባቡ ኣብ ጸጋም ዝተኻፈለ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>ኣብዚ ፋይል ዘለዉ ድምጽታት</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተሙ (&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ሕተሙ</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ከም PDF ዓቅቡ (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ከም PDF ዓቅቡ</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>ብ{0} ዝተኻፈለ.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ፋይላት PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>ካርድ ወስኹ</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>ካርድ ኣረጋግጹ</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>እዚ ካርድ ብሓቂ ካብ {0} ድዩ? ብሓባር ኣረጋግጽዎ፡ ገጽ ንገጽ ወይ ብተሌፎን። ነቶም ቁጽርታት ብዓውታ ኣንብብዎም፡ ብሓደ ግዜ ሓደ ጉጅለ ናይ ሓሙሽተ። {0} ንናቶም ቁጽርታት ይርእዩ። ኩሎም ጉጅለታት ሓደ ዓይነት ድዮም? ሽዑ እቲ ካርድ ብሓቂ ናቶም እዩ። ኣብ መንገዲ ዝቐየሮ ሰብ የለን።</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>ነዞም ቁጽርታት ምስ {0} ብዓውታ ኣንብብዎም፡ ገጽ ንገጽ ወይ ብተሌፎን። ናቶም ሓደ ዓይነት እንተ ኾይኑ፡ እቲ ካርድ ብሓቂ ናቶም እዩ፡ ኣብ መንገዲ ዝቐየሮ ሰብ የለን።</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>ነቶም ቁጽርታት ኣወዳዲርናዮም፡ ከም ዝተረጋገጸ ምልክት ግበር (&amp;C)</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>ነቶም ቁጽርታት ኣወዳዲርናዮም፡ ከም ዝተረጋገጸ ምልክት ግበር</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>ሕጂ ኣይኮነን (&amp;N)</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>ወስኾ፡ ድሒረ ኣረጋግጾ (&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>ንድፍታትኩም ኣብዚ ይጸንሑ። ናብቲ መንእሰይ ዝበጽሕ እቲ ዝለኣኽኩምዎ ጥራይ እዩ፡ እንታይ ከም ዝዕቅቡ ድማ ባዕሎም ይውስኑ።</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>ሓሳባት ስደዱ (&amp;S)…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>ሓሳባት ስደዱ</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>ንድፍታት መሪጽኩም ንመንእሰይ ከም ፋይል ዓቅብዎም (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>ካርድ እቲ መንእሰይ ወስኹ (&amp;A)…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>ካርድ እቲ መንእሰይ ወስኹ</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>ካርደይ (&amp;M)…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>ካርደይ</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>ካርድኩም፡ እቲ መንእሰይ ክውስኾ፡ እቶም ሓሳባት ብሓቂ ካባኹም ከም ዝመጹ ምእንቲ ክፈልጡ</translation>
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
        <translation>ቁጽርታት ተረጋጊጾም</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>ቁጽርታት ገና ኣይተረጋገጹን</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>ብመሕለፊ ቃል ዝተኻፈለ (ካርድ የለን)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>ሕጂ ከተዛርብዎም እትኽእሉ ሰባት</translation>
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
        <translation>ናብ 116 123 ደውሉ</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>SHOUT ናብ 85258 ብመልእኽቲ ስደዱ</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (ክሳብ 19 ዓመት)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>ናብ 0800 1111 ደውሉ</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS፡ ህጹጽ ክኸውን ከሎ ግን ሓደጋ ዘይኮነ</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>ናብ 111 ደውሉ</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>ኣብ ሓደጋ</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>ናብ 999 ደውሉ</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>ሕጂ ከተዛርብዎም እትኽእሉ ሰባት</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>ሕጂ ምስ ሰብ ክትዛረቡ እንተ ደሊኹም</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>እዞም ሰባት ንዓኹም ኣለዉ፡ ብነጻ፡ ለይትን መዓልትን፦</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>“{0}” ንሓዋሩ ይደምሰስ?</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>ንሓዋሩ ይደምሰስ?</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>ኣብኡ ዘሎ ኩሉ ካብዚ ኮምፒተር ይድምሰስ፦ ነፍሲ ወከፍ ጽሑፍ፡ ስእልን ድምጽን፡ ዝተኻፈለ ወይ ዝተቐበልኩምዎ ኩሉ። እዚ ክምለስ ኣይክእልን። ክመልሶ ዝኽእል፡ እንተ ተዓቂቡ፡ ተጠባባቒ ፋይል ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>ክድምስሶ ዝኽእል እቲ ዋንኡ ጥራይ እዩ፦ መሕለፊ ቃሉ ወይ ናይ ምምላስ ኮዱ ጽሓፉ። ብዘይ ሓደ ካብኣቶም ካብቲ ኣፕሊኬሽን ክድምሰስ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>መሕለፊ ቃሉ ወይ ናይ ምምላስ ኮዱ (&amp;P)፦</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>መሕለፊ ቃሉ ወይ ናይ ምምላስ ኮዱ</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>ይረጋገጽ ኣሎ</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>ንሓዋሩ ደምስስዎ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>ንሓዋሩ ደምስስዎ</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>ዓቅብዎ (&amp;K)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ዓቅብዎ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>ይረጋገጽ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>እዞም ንድፍታት ናይ መን ደብተር ምዃኖም ንምግላጽ፡ ካርድ እቲ መንእሰይ ወስኹ (ካርድ እቲ መንእሰይ ወስኹ…)።</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>ንድፍታት ን{name}። እንታይ ከም ዝኣቱ {name} ይውስኑ።</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>ካርድ {name} ተወሲኹ፡ ቁጽርታቱ ድማ ተረጋጊጾም። ሕጂ ን{name} ሓሳባት ክትሰዱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>ካርድ {name} ተወሲኹ። ምስ ተኻእለኩም ቁጽርታቱ ምስ {name} ኣረጋግጹ፤ ሕጂ ሓሳባት ክትሰዱ ትኽእሉ ኢኹም።</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>ስእሊ ሳሉ</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>ገጽ ስእሊ</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>መጠቆሚ መፍትሕታት ነቲ መስቀል የንቀሳቕስዎ፤ Space ነቲ ብርዒ የውርዶ ወይ የልዕሎ፤ Shift ምስ መጠቆሚ ንርሑቕ የንቀሳቕስ።</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>ቀጢን</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>ቀጢን ብርዒ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ማእከላይ</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>ማእከላይ ብርዒ</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>ረጒድ</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>ረጒድ ብርዒ</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>ጸሊም</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>ቀይሕ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>ብርትኳናዊ</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>ብጫ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>ቀጠልያ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>ሰማያዊ</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>ሊላ</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>ቡናዊ</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>መደምሰሲ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ኣልግሱ (&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ኣልግሱ</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>ናይ መወዳእታ መስመር ኣልግሱ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>ነቲ ገጽ ኣጽርዩ (&amp;L)</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>ነቲ ገጽ ኣጽርዩ</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>ነዚ ስእሊ ዓቅብዎ (&amp;K)</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>ነዚ ስእሊ ዓቅብዎ</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>ኣይትዓቅብዎ (&amp;D)</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>ነዚ ስእሊ ኣይትዓቅብዎ</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>ብርዒ (&amp;P)፦</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>ሕብሪ (&amp;O)፦</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>መፍትሕ ሰሌዳ፦ Tab ናብቲ ገጽ ይወስድ፡ ድሕሪኡ መጠቆሚታት ነቲ መስቀል የንቀሳቕስዎ፡ Space ድማ ነቲ ብርዒ የውርዶ ወይ የልዕሎ።</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>ተመሪጹ</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>ስእሊ፦ {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>ሕጂ ኣገዳሲ</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>ስእሊ ኣለዎ</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>ድምጺ ኣለዎ</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>ፋይል ኣለዎ</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>“{title}” ክፈቱ</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>ቀይሕ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>ብርትኳናዊ</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>ብጫ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>ቀጠልያ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>ሰማያዊ</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>ሊላ</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ሮዛ</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>ሕብሪ የብሉን</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>ናይ ባዕልኹም ሕብሪ</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>ሕጂ ኣገዳሲ</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ካልኦት {0} ድማ</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>← ንድሕሪት</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>ንድሕሪት (Esc)። ቃላትኩም ተዓቂቦም እዮም።</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>ቀደም ዝነበሩ ቅዳሓት…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>ቀደም ዝነበሩ ቅዳሓት</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>ንሓዋሩ ደምስሱ…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>ንሓዋሩ ደምስሱ</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>ነዚ ጽሑፍ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>ንምርካቡ ሒደት ቃላት</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ኣርእስቲ (&amp;T)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>ቃላትኩም</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>ዝደለኹምዎ ክንደይ ብዙሕ ወይ ውሑድ ጽሓፉ።</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>ቃላትኩም (&amp;W)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ክፋል</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>ሕጂ ኣገዳሲ፦ ኣብ ቀንዲ ገጽ ቀዳማይ ኣርእዮ (&amp;I)</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ሕጂ ኣገዳሲ</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>ገና ሓቂ ድዩ ዝሕተተሉ ዕለት (&amp;O)</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>ገና ሓቂ ድዩ ሕተቱኒ ኣብ (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>ክፋል (&amp;E)</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>ብሓገዝ ናይ (&amp;R)</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>ገና ሓቂ ድዩ ዝሕተተሉ ዕለት</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>ዘጋጠመሉ ዕለት</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>መዓስ ኣጋጠመ (&amp;H)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>ሕብሪ</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>ሕብሪ (&amp;C)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>ኣይተዓቀበን፦ እዚ ኣዝዩ ነዊሕ እዩ። ናብ ክልተ ጽሑፋት ክትመቕልዎ ፈትኑ።</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>ገና ኣይተዓቀበን፦ ኣብዚ ኮምፒተር ዝተረፈ ቦታ የለን። ቃላትኩም ገና ኣብዚ ኣለዉ፡ ቦታ ምስ ተረኽበ ድማ ክዕቀቡ እዮም።</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>ገና ኣይተዓቀበን፦ ኣርእስቲ ወስኹ</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>ተዓቂቡ። ኣርእስቲ ክሳብ እትውስኹ፡ እተን ቀዳሞት ቃላት ኣርእስቱ እየን።</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>እቲ ቀደም ዝነበረ ቅዳሕ ተመሊሱ። ድሒርኩም ዝጸሓፍኩምዎ ቃላት ኣብ ታሪኹ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>“{title}” ንሓዋሩ ይደምሰስ?</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>እዚ ነቲ ጽሑፍ፡ ኩሎም ቀደም ዝነበሩ ቅዳሓቱን ስእልታቱ፡ ድምጽታቱን ፋይላቱን የልዕሎም። ክምለስ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ዓቅብዎ</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>ብ{name} ዝቐረበ</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>እዚ ብ{name} ዝቐረበ ሓሳብ እዩ፤ ቀይርኩምዎ ድሕሪኡ ኣብ {day} ወሲኽኩምዎ።</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>እዚ ብ{name} ዝቐረበ ሓሳብ እዩ፤ ኣብ {day} ወሲኽኩምዎ።</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>ቁጽርታት ካርድ፦ {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}፦ ቁራጽ {1} ካብ 3፡ ብ{2} ዝተሰርሐ</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>ዝኣምነኩም ሰብ ቁራጽ ክህበኩም ይኽእል። ናብ ደብተሩ ተመሊሱ ክኣቱ ይሕግዞ። ኣብዚ ዓቅብዎ። ሓደ መዓልቲ ከድልዮም ይኽእል። ሽዑ ቃላቱ ኣርእይዎም። ንኻልእ ሰብ ኣይተርእዩ።</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>ዝኣምነኩም ሰብ ናብ ደብተሩ ዝምለሰሉ ቁራጽ ክህበኩም ይኽእል። ኣብዚ ዓቅብዎ። ሓደ መዓልቲ እንተ ኣድልይዎም፡ ቃላቱ ንዕኦም ጥራይ ኣርእይዎም፡ ንኻልእ ሰብ ኣይኮነን።</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>እትዕቅብዎም ቁራጻት (&amp;P)</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>እትዕቅብዎም ቁራጻት</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>ንዝኾነ ሰብ ዝዕቅብዎ ቁራጽ የብልኩምን።</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>ካብ ፋይል ቁራጽ ዓቅቡ (&amp;K)…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>ካብ ፋይል ቁራጽ ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>ቃላቱ ኣርእዩ (&amp;S)…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>ቃላት ናይቲ ዝተመርጸ ቁራጽ ኣርእዩ</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>ነቲ ፋይል ደምስስዎ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>እቲ ቁራጽ ዝተዓቀበሉ ፋይል ደምስሱ</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>ቁራጽ ዓቅቡ</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>ቁራጻት (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>ሕጂ ቁራጽ ናይ {0} ትዕቅቡ ኣለኹም። ቁራጽ {1} ካብ 3 እዩ። {0} ምስ ሓተቱ ጥራይ ኣርእይዎ። ነቲ ፋይል ድሕሪ ሕጂ ኣየድልየኩምን። ካልእ ሰብ ከይረኽቦ ደምስስዎ።</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>ቁራጽ ናይ {0} ተዓቂቡ፡ {1} ካብ 3። {0} ምስ ሓተቱ ጥራይ ኣርእይዎ። እቲ ዝመጸሉ ፋይል ድሕሪ ሕጂ ኣየድልን እዩ፦ ካልእ ሰብ ከይረኽቦ ደምስስዎ።</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>ፋይል ቁራጽ ይደምሰስ?</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>እቲ ቁራጽ ኣብዚ ተዓቂቡ ኣሎ፡ ስለዚ እቲ ፋይል {0} ኣየድልን እዩ። ካብቲ ዘለዎ ቦታ ይደምሰስ?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>ደምስስዎ</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>ነቲ ፋይል ዓቅብዎ</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>እቲ ፋይል ተደምሲሱ። እቲ ቁራጽ ኣብዚ ተዓቂቡ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>እዚ ፋይል ካብ {0} እየ ይብል፡ ግን ቅድሚ ሕጂ ዘይረኣኹምዎ ካርድ እዩ ፈሪምዎ። ዝኾነ ሰብ ኣብ ካርድ ስም ከቐምጥ ይኽእል፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>{0} ኣብ ካርዶም ዘለዉ ቁጽርታት ከንብቡልኩም ሕተትዎም፡ ገጽ ንገጽ ወይ ብተሌፎን፡ ምስዞም ኣወዳድርዎም።</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>ቁጽርታት እቲ ነዚ ፋይል ዝፈረመ ካርድ፦</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>ቁጽርታት እቲ እትፈልጥዎ {0}፡ መጀመርታ ብ{1} ዝተራእየ፦</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>ደምስስዎ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>ደምስስዎ</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>ካልእ ሰብ እዩ፦ ዓቅብዎ (&amp;E)</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>ካልእ ሰብ እዩ፦ ዓቅብዎ</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>ቁጽርታቶም ምስዚ ካርድ ይሰማምዑ፦ ካብ ካልእ ሰብ ከም ዝመጸ መዝግብዎ</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>ሕጂ ኣይኮነን (&amp;N)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>ካብ {name} እየ ይብል፡ ብ{day} ዝተቐበልኩምዎ፦ ካልእ ካርድ፡ ተታሒዙ</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>ተታሒዞም፦ ኣይተኸፈቱን (&amp;H)</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>እዚኣቶም ካብ እትፈልጥዎ ሰብ ኢና ይብሉ፡ ግን ካልእ ካርድ እዩ ፈሪምዎም። ዝኾነ ሰብ ኣብ ካርድ ስም ከቐምጥ ይኽእል። ቅድሚ ምእማንኩም ነቶም ቁጽርታት ምስቲ ሰብ ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>ዝተታሕዙ ፋይላት</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ (&amp;N)…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>ቁጽርታት ክልቲኦም ካርድታት ርኣዩ፡ ድሕሪኡ ነቲ ፋይል ዓቅብዎ ወይ ደምስስዎ</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>ተደምሲሱ። እቲ ካርድ ዝለኣኾ ዝኾነ ነገር ኣይተዓቀበን።</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>ካብ ካልእ {0} ዝተባህለ ሰብ ከም ዝመጸ ተዓቂቡ።</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>እዚ ፕሮፋይል ንምንታይ እዩ፡ ከመይ ድማ ይሰርሕ (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>ሕጂ ከተዛርብዎም እትኽእሉ ሰባት (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>እዚ ብዛዕባኹም ኣገዳሲ ዝኾነ እትዕቅቡሉ ናይ ባዕልኹም ብሕታዊ ቦታ እዩ፡ ምእንቲ ታሪኽኩም ደጊምኩም ከይትነግሩ። ኣብዚ ኮምፒተር ተዓጽዩ ይጸንሕ። ባዕልኹም ከተካፍሉ እንተ ዘይመሪጽኩም ዝካፈል ነገር የለን።</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>ሕጂ ምስ ሰብ ክትዛረቡ እንተ ደሊኹም</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>እዚ ኣፕሊኬሽን ናይ ህጹጽ ሓገዝ ኣገልግሎት ኣይኮነን፡ ኣብዚ ዝጸሓፍኩምዎ ዝርኢ ሰብ የለን። እዞም ሰባት ንዓኹም ኣለዉ፡ ብነጻ፡ ለይትን መዓልትን፦</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>ምክፋል</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ተጠባባቒ ቅዳሓት</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>ምድላዋት፡ ድሕሪኡ ተጠባባቒ ቅዳሕ፡ ኩሉ ዝሓዘ ሓደ ፋይል ይዕቅብ። ኣብ USB ወይ ካብዚ ላፕቶፕ ርሒቑ ኣብ ዝኾነ ቦታ ዓቅብዎ። ናይ ምምላስ ኮድኩም ይኸፍቶ፡ ስለዚ ነቲ ኮድ እውን ብድሕንነት ዓቅብዎ። ኣብ ሓድሽ ላፕቶፕ፡ ኣብቲ ቀዳማይ ገጽ ካብ ተጠባባቒ ቅዳሕ ምለሱ ምረጹ።</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>ኮድኩም ጠፊኡኩም፡ ወይ ሓደ ሰብ ርእይዎ? ምድላዋት፡ ድሕሪኡ ናይ ምምላስ ኮድ፡ ሓድሽ ይገብር፦ መጀመርታ መሕለፊ ቃልኩም ጽሓፉ። ድሕሪኡ ከም ዝጸሓፍኩምዎ ንምርኣይ፡ ናይ መወዳእታ ጉጅለ እቲ ሓድሽ ኮድ ጽሓፉ፤ ሽዑ ጥራይ እዩ ንቐደማይ ኮድኩም ዝትክኦ (ቅድሚኡ እንተ ዓጺኹም፡ ቀደማይ ኮድኩም ገና ይሰርሕ)። ምምላስ እውን ሓድሽ ኮድ ይህበኩም። ቀደማይ ኮድኩም ገና ንቐደምቲ ተጠባባቒ ቅዳሓትኩምን ነቲ ኣብ ቀደማይ ላፕቶፕ ዘሎ ደብተርን ይኸፍት፡ ነዚ ግን ኣይኸፍቶን፤ ስለዚ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ።</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>መሕለፊ ቃልኩም እንተ ረሲዕኩም</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>ኣብ ጸጋም ኣብ ትሕቲ እቶም ገጻት ዘሎ መልጎም ኣካፍሉ… ጠውቑ፡ ነቶም ጽሑፋት ምልክት ግበሩ፡ ንመን ምዃኑ ድማ ምረጹ። ገና ዝኾነ ነገር ከይተዓቀበ፡ ንሳቶም ዝርእይዎ ብልክዕ ትርእዩ። እቲ ፋይል ኣብ ኣፕሊኬሽኖም ጥራይ ይኽፈት (ወይ ብኣፍ እትነግርዎም መሕለፊ ቃል)፡ ክሳብ እትመርጽዋ ዕለት ጥራይ ድማ። ድሒርኩም ኣብ ገጽ ሰባት ክትስሕብዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>እዚ ናይ ባዕልኹም ብሕታዊ ቦታ እዩ። ብዛዕባኹም ኣገዳሲ ዝኾነ ኣብዚ ትዕቅቡ። ሽዑ ታሪኽኩም ደጊምኩም ክትነግሩ ኣየድልየኩምን። ኣብዚ ኮምፒተር ይጸንሕ። ዕጹው እዩ። ባዕልኹም ከተካፍሉ እንተ ዘይመሪጽኩም ዝካፈል ነገር የለን።</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>እዚ ኣፕሊኬሽን ናይ ህጹጽ ሓገዝ ኣገልግሎት ኣይኮነን። ኣብዚ ዝጸሓፍኩምዎ ዝርኢ ሰብ የለን። እዞም ሰባት ንዓኹም ኣለዉ። ብነጻ እዮም። ለይትን መዓልትን ኣለዉ፦</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>ደጊምኩም ምክፋልን መልስታትን</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>ምስቲ ሓደ ሰብ ደጊምኩም እንተ ኣካፈልኩም፡ እቲ ሓድሽ ፋይል ንቐደማይ ይትክኦ፦ ኣፕሊኬሽኖም እቲ ዝሓደሰ ጥራይ ይዕቅብ፡ እንታይ ከም ዝተቐየረ ድማ የርእዮም። መልሲ እንተ ሂቦም፡ ፋይሎም ኣብ ገጽ ሰባት ክፈትዎ (ቅብሊት ወይ መልሲ ክፈቱ…)። መልእኽቶምን ብዛዕባ ነፍሲ ወከፍ ጽሑፍ እንታይ ክገብሩ ከም ዝሓሰቡን፡ ኣብ ትሕቲ ዘካፈልክዎ ኣብ ጥቓ እቲ ምክፋል ይርአ።</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>ኣብ ላዕሊ ቀንዲ ገጽ፡ ብምንታይ ስም ክጽውዑኹም ከም ዘለዎም፡ ብዛዕባ እንታይ ክሓቱኹም ከም ዘይብሎም፡ ከመይ ጌሮም ድማ ከዛርቡኹም ከም ዘለዎም ክትጽሕፉ ትኽእሉ። ምስ ኣካፈልኩምዎ፡ እቲ ሰብ ቀዳማይ ዘንብቦ ንሱ እዩ።</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>ነገራት ምስ ዝኸብዱ</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>እቲ ነገራት ምስ ዝኸብዱ ዝብል መልጎም (Ctrl+Shift+P) ናይ ባዕልኹም መደብ፡ ስጉምቲ ብስጉምቲ፡ ብቓላትኩም፡ ምስቶም ሕጂ ከተዛርብዎም እትኽእሉ ሰባት ይዕቅብ። ከም ዝኾነ ጽሑፍ ከተካፍልዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>ስእልታት፡ ብኢድ ዝተሳእሉ ስእልታትን ድምጽታትን</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>ኣብ ሓደ ጽሑፍ ካብ ፋይል ስእሊ ወይ ድምጺ ክትውስኹ፡ ስእሊ ክትስእሉ፡ ወይ ድምጽኹም ወይ ሙዚቃ ክትቐርጹ ትኽእሉ። ኣብ ውሽጢ ደብተርኩም ተዓጽዮም ይዕቀቡ፡ ፈጺሞም ከም በበይኖም ፋይላት ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>ናትኩም ፕሮፋይል ብሓደ ገጽ</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>ናተይ ፕሮፋይል ብሓደ ገጽ…፡ ኣብ ትሕቲ እቶም ገጻት፡ ካብቶም እትመርጽዎም ጽሑፋት ብዛዕባኹም ሓደ ገጽ ይገብር፡ ንምሕታም ወይ ከም PDF ንምዕቃብ። ኣብኡ ዝኣቱ እቲ እትመርጽዎ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድ</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>ኣብቲ ገጽ ምኽፋት፡ ኣብ ክንድኡ ናይ ምምላስ ኮደይ ተጠቐም ምረጹ፡ ነቲ ክትጅምሩ ከለኹም ዝጸሓፍኩምዎ ኮድ ጽሓፉ፤ ድሕሪኡ ሓድሽ መሕለፊ ቃል ምረጹ።</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>ናይ ምምላስ ኮድ እውን እንተ ጠፊኡኩም</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>እሙናት ሰባት ክሕግዙ ይኽእሉ፡ ቅድሚኡ እንተ ኣዳሊኹምዎም፦ ኣብ ምድላዋት፡ ድሕሪኡ እሙናት ሰባት፡ ሰለስተ ሰባት ምረጹ፡ ነፍሲ ወከፎም ቁራጾም ሃብዎም። ድሕሪኡ፡ ኣብቲ ገጽ ምኽፋት፡ ብሓገዝ እሙናት ሰባት ተመሊስኩም እተዉ ምረጹ፡ ክልተ ካብኣቶም ዘንበቡልኩም ቃላት ጽሓፉ። ብዘይ መሕለፊ ቃልኩም፡ ናይ ምምላስ ኮድኩም ወይ ቁራጻት ናይ ክልተ እሙናት ሰባት፡ ዝኾነ ሰብ ክኸፍቶ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>ንሓደ ሰብ ቁራጽ ምዕቃብ</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>ሓደ ዓርኩም ሓደ ካብ እሙናት ሰባቶም እንተ ገይሮምኹም፡ ቁራጾም ኣብ ምድላዋት፡ ድሕሪኡ ዝዕቅቦም ቁራጻት ዓቅብዎ። ቃላቱ ንዕኦም ጥራይ ኣርእዩ፡ ምስ ሓተቱ።</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>መጠወቒታት</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>ሕጂ ሕብኡ፦ ብቕጽበት ይዓጹ፡ ባዶ ገጽ ድማ የርኢ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>ሓድሽ ነገር ጽሓፉ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ድለዩ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>መስርዕ ግዜ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ሓሳባት</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>ሓደ ነገር ኣካፍሉ</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>ነገራት ምስ ዝኸብዱ፦ መደብኩም፡ ሕጂ ከተዛርብዎም እትኽእሉ ሰባትን</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>ነዚ ገጽ ወይ ነዚ ጽሑፍ ብዓውታ ኣንብቡ፤ Esc የቋርጾ</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>ኣብ መንጎ ነገራት ምንቅስቓስ</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>ንቕድሚት ኪዱ፡ ንድሕሪት ተመለሱ</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>ብዓውታ ምንባብን ቀሊል ንባብን</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>ብዓውታ ኣንብቡ ኣብ ቀንዲ ገጽን ኣብ ነፍሲ ወከፍ ጽሑፍን ኣሎ። ድምጺ ናይ ባዕሉ ኮምፒተርኩም ይጥቀም። ዝቕረጽ ወይ ዝዕቀብ የለን። ቀሊል ንባብ ኣብ ምድላዋት፡ ድሕሪኡ ስምን ትርኢትን ኣሎ። ሓጸርቲ ምሉኣት ሓሳባት፡ ዝዓበየ ጽሑፍን ስእልታትን ይህብ።</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>ብዓውታ ምንባብ፡ ኣብ ቀንዲ ገጽን ኣብ ነፍሲ ወከፍ ጽሑፍን፡ ድምጺ ናይ ባዕሉ ኮምፒተርኩም ይጥቀም፤ ዝቕረጽ ወይ ዝዕቀብ የለን። ኣብ ምድላዋት፡ ድሕሪኡ ስምን ትርኢትን፡ ቀሊል ንባብ ኣሎ፦ ሓጸርቲ ምሉኣት ሓሳባት፡ ዝዓበየ ጽሑፍን ስእልታትን።</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>እቶም ስእልታት ካብ OpenMoji (openmoji.org) እዮም፡ ብፍቓድ Creative Commons CC BY-SA 4.0 ዝተኻፈሉ።</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>መልጎም ኣካፍሉ… ጠውቑ። ኣብ ጸጋም ኣብ ትሕቲ እቶም ገጻት እዩ ዘሎ። ከተካፍልዎም እትደልዩ ጽሑፋት ምልክት ግበሩ። ንመን ምዃኑ ምረጹ። ገና ዝኾነ ነገር ከይተዓቀበ፡ ንሳቶም ዝርእይዎ ብልክዕ ትርእዩ። እቲ ፋይል ኣብ ኣፕሊኬሽኖም ጥራይ ይኽፈት። ወይ ድማ ንዕኦም እትነግርዎም መሕለፊ ቃል ብምጥቃም ይኽፈት። ክሳብ እትመርጽዋ ዕለት ጥራይ ይኽፈት። ድሒርኩም ኣብ ገጽ ሰባት ክትስሕብዎ ትኽእሉ። ማለት መሊስኩም ትወስድዎ።</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>ምስቲ ሓደ ሰብ ደጊምኩም ከተካፍሉ ትኽእሉ። ሽዑ እቲ ሓድሽ ፋይል ንቐደማይ ይትክኦ። ኣፕሊኬሽኖም እቲ ዝሓደሰ ጥራይ ይዕቅብ። እንታይ ከም ዝተቐየረ የርእዮም። ብፋይል መልሲ ክህቡ ይኽእሉ። ኣብ ገጽ ሰባት፡ ብቅብሊት ወይ መልሲ ክፈቱ… ክፈትዎ። ሽዑ መልእኽቶም ትርእዩ። ብዛዕባ ነፍሲ ወከፍ ጽሑፍ እንታይ ከም ዝገብሩ ትርእዩ። ኣብ ትሕቲ ዘካፈልክዎ፡ ኣብ ጥቓ እቲ ምክፋል እዩ ዘሎ።</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>ኣብ ላዕሊ ቀንዲ ገጽ ሰለስተ ነገራት ክትጽሕፉ ትኽእሉ። ብምንታይ ስም ክጽውዑኹም ከም ዘለዎም። ብዛዕባ እንታይ ክሓቱኹም ከም ዘይብሎም። ከመይ ጌሮም ከዛርቡኹም ከም ዘለዎም። እንተ ኣካፊልኩምዎም፡ እቲ ሰብ ቅድም ንሳቶም የንብብ።</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>መልጎም ነገራት ምስ ዝኸብዱ ጠውቑ፡ ወይ Ctrl+Shift+P. ናይ ባዕልኹም መደብ ይዕቅብ። እቲ መደብ ስጉምቲ ብስጉምቲ ይኸይድ፡ ብቓላትኩም። ሕጂ ከተዛርብዎም እትኽእሉ ሰባት ኣለዉዎ። ከም ዝኾነ ጽሑፍ ከተካፍልዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>ኣብ ሓደ ጽሑፍ ካብ ፋይል ስእሊ ወይ ድምጺ ክትውስኹ ትኽእሉ። ስእሊ ክትስእሉ ትኽእሉ። ድምጽኹም ወይ ሙዚቃ ክትቐርጹ ትኽእሉ። ኣብ ውሽጢ ደብተርኩም ተዓጽዮም ይጸንሑ። ፈጺሞም ከም በበይኖም ፋይላት ኣይዕቀቡን።</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>ናተይ ፕሮፋይል ብሓደ ገጽ… ኣብ ትሕቲ እቶም ገጻት እዩ። ብዛዕባኹም ሓደ ገጽ ይገብር። ነቶም ጽሑፋት ንዕኡ ባዕልኹም ትመርጹ። ነቲ ገጽ ክትሕትምዎ ወይ ከም PDF ክትዕቅብዎ ትኽእሉ። ኣብኡ ዝኣቱ እቲ እትመርጽዎ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>ናብ ምድላዋት፡ ድሕሪኡ ተጠባባቒ ቅዳሕ ኪዱ። ኩሉ ዝሓዘ ሓደ ፋይል ይዕቅብ። ነቲ ፋይል ኣብ USB፡ ወይ ካብዚ ላፕቶፕ ርሒቑ ኣብ ዝኾነ ቦታ ዓቅብዎ። ናይ ምምላስ ኮድኩም ይኸፍቶ። ስለዚ ነቲ ኮድ እውን ብድሕንነት ዓቅብዎ። ኣብ ሓድሽ ላፕቶፕ፡ ኣብቲ ቀዳማይ ገጽ ካብ ተጠባባቒ ቅዳሕ ምለሱ ምረጹ።</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>ኮድኩም ጠፊኡኩም ድዩ? ወይ ሓደ ሰብ ርእይዎ ድዩ? ናብ ምድላዋት፡ ድሕሪኡ ናይ ምምላስ ኮድ ኪዱ። መሕለፊ ቃልኩም ጽሓፉ። ድሕሪኡ ሓድሽ ኮድ ግበሩ። ድሕሪኡ ናይ መወዳእታ ጉጅለ እቲ ሓድሽ ኮድ ጽሓፉ። እዚ ከም ዝጸሓፍኩምዎ የርኢ። ሽዑ ጥራይ እዩ እቲ ሓድሽ ኮድ ዝሰርሕ። ምምላስ እውን ሓድሽ ኮድ ይህበኩም። ድሕሪኡ፡ ቀደማይ ኮድኩም ገና ንቐደምቲ ተጠባባቒ ቅዳሓት ይኸፍት። ንቐደማይ ላፕቶፕ እውን ክኸፍት ይኽእል። ነዚ ግን ኣይኸፍቶን። ስለዚ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ።</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>ናብቲ ገጽ ምኽፋት ኪዱ። ኣብ ክንድኡ ናይ ምምላስ ኮደይ ተጠቐም ምረጹ። ነቲ ክትጅምሩ ከለኹም ዝጸሓፍኩምዎ ኮድ ጽሓፉ። ድሕሪኡ ሓድሽ መሕለፊ ቃል ምረጹ።</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>እሙናት ሰባት ክሕግዙ ይኽእሉ። ግን ቅድም ከዳልውዎም ኣለኩም። ናብ ምድላዋት፡ ድሕሪኡ እሙናት ሰባት ኪዱ። ሰለስተ ሰባት ምረጹ። ንነፍሲ ወከፎም ቁራጾም ሃብዎም። ድሕሪኡ፡ ክትኣትዉ እንተ ዘይከኣልኩም፡ ናብቲ ገጽ ምኽፋት ኪዱ። ብሓገዝ እሙናት ሰባት ተመሊስኩም እተዉ ምረጹ። ክልተ ካብኣቶም ቃላቶም የንብቡልኩም። ነቶም ቃላት ጽሓፉ። ብዘይ ሓደ ካብዚኦም ዝኾነ ሰብ ክኸፍቶ ኣይክእልን፦ መሕለፊ ቃልኩም፡ ናይ ምምላስ ኮድኩም፡ ወይ ቁራጻት ናይ ክልተ እሙናት ሰባት።</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>ሓደ ዓርኩም ሓደ ካብ እሙናት ሰባቶም ክገብሩኹም ይኽእሉ። ሽዑ ቁራጾም ኣብ ምድላዋት፡ ድሕሪኡ ዝዕቅቦም ቁራጻት ዓቅብዎ። ቃላቱ ንዕኦም ጥራይ ኣርእዩ። ምስ ሓተቱ ጥራይ ኣርእዩ።</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>እዚ ፕሮፋይል ንሓደ መንእሰይ ንምሕጋዝ እዩ። ኣብዚ ንሳቶም ኣብ ናይ ባዕሎም ኣፕሊኬሽን ዝዕቅብዎ ሓሳባት ትጽሕፉ። ንድፍታትኩም ክሳብ እትሰድዎም ተዓጽዮም ኣብዚ ይጸንሑ፡ እቲ መንእሰይ ድማ እንታይ ከም ዝዕቅብ ይውስን።</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>ሓሳባት ምስዳድ</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>ነፍሲ ወከፍ ሓሳብ ከም ንድፊ ጽሓፉ (ንሓድሽ Ctrl+N)። ድሉዋት ምስ ኮንኩም፡ ሓሳባት ስደዱ… ምረጹ፡ ነቶም ንድፍታት ምልክት ግበሩ፡ ነቲ ፋይል ድማ ዓቅቡ። ነቲ ፋይል ንመንእሰይ ሃብዎ፦ ክኸፍቶ ዝኽእል ኣፕሊኬሽኖም ጥራይ እዩ። ነፍሲ ወከፍ ሓሳብ ክውስኽዎ፡ ክቕይርዎ ወይ ክገድፍዎ ይኽእሉ።</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>ካርድታትን ምርግጋጽ ቁጽርታትን</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>ቅድሚ ምስዳድኩም፡ ካርድ እቲ መንእሰይ ወስኹ (ካርድ እቲ መንእሰይ ወስኹ…)። ካርድኩም እውን ሃብዎም (ካርደይ…)፡ ኣብ ገጽ ሰባቶም ከመይ ከም ዝውስኽዎ ድማ ኣርእይዎም፡ እቶም ሓሳባት ብሓቂ ካባኹም ከም ዝመጹ ምእንቲ ክፈልጡ። ድሕሪኡ ኣብ ክልቲኦም ካርድታት ዘለዉ ቁጽርታት ብሓባር ኣወዳድሩ፡ ገጽ ንገጽ ወይ ብተሌፎን። እንተ ተሰማሚዖም፡ እቶም ካርድታት ቅኑዓት እዮም።</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>መልሶም</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>እቲ መንእሰይ ምስ ወሰኑ፡ ኣፕሊኬሽኖም ንዓኹም መልሲ ክዕቅብ ይኽእል፦ ንነፍሲ ወከፍ ሓሳብ ወሲኾምዎ፡ ብለውጢ ወሲኾምዎ ወይ ገዲፎምዎ ዝሕብር ንእሽቶ ፋይል። ቃላቶም ፈጺሙ ኣይሕዝን። ኣብ ቀንዲ መስኮትኩም (ወይ ኣብ ሓሳባት ስደዱ…) መልሲ ክፈቱ… ምረጹ፡ ነቲ ፋይል ድማ ምረጹ፤ ድሕሪኡ ሓሳባት ስደዱ… ነፍሲ ወከፍ እንታይ ከም ዝኾነ የርኢ።</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>እዚ ፕሮፋይል መንእሰያት ምሳኹም ከካፍልዎ ዝመረጽዎ ይሕዝ። ነፍሲ ወከፍ ዝተኻፈለ ፋይል ንምንባብ ጥራይ እዩ፡ መን ከም ዘካፈሎን ክሳብ መዓስን የርኢ፡ ግዜኡ ምስ ኣኸለ ድማ ካብዚ ይድምሰስ።</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>ዝተኻፈለ ፋይል ምኽፋት</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>ዝተኻፈለ ፋይል ክፈቱ… (Ctrl+O) ምረጹ፡ ሓደ መንእሰይ ዝሃበኩም ፋይል ድማ ምረጹ። ገና ዝኾነ ነገር ከይተዓቀበ ይረጋገጽ። Ctrl+P ይሓትሞ። ቅብሊት ዓቅቡ… ከም ዝኸፈትኩምዎ ንመንእሰይ ዝሕብር ፋይል ይገብር። ምክፋል እንተ ሰሓቡ፡ ነቲ ፋይል ምስሓብ ብተመሳሳሊ መንገዲ ክፈትዎ፡ እቲ ምክፋል ድማ ኣብዚ ይድምሰስ። ካብቲ ሓደ ሰብ ዝመጸ ዝሓደሰ ፋይል ንቐደማይ ይትክኦ፡ እንታይ ከም ዝተቐየረ ድማ የርኢ።</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>በጃኹም መጀመርታ እዚ ኣንብቡ</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>እቲ መንእሰይ ከመይ ጌርኩም ከተዛርብዎም ከም ዝደልዩ እንተ ጸሓፉ (ብምንታይ ስም ክትጽውዕዎም፡ ብዛዕባ እንታይ ክትሓትዎም ከም ዘይብልኩም)፡ ኣብቲ በጃኹም መጀመርታ እዚ ኣንብቡ ዝብል መስመር ኣሎ፡ ኣብ ልዕሊ ኩሉ ዘካፈልዎ። ቅድሚ እቲ ካልእ ኣንብብዎ።</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>መልሲ ምሃብ</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>መልሲ ሃቡ… ሓጻር መልእኽቲ ይጽሕፍ፡ እንተ ደሊኹም ድማ፡ ብዛዕባ ነፍሲ ወከፍ ጽሑፍ እትገብርዎ። እንታይ ከም ዝወጽእ ብልክዕ ተረጋግጹ፡ ድሕሪኡ ነቲ መንእሰይ ፋይል ትዕቅቡ፤ ክኸፍቶ ዝኽእል ኣፕሊኬሽኖም ጥራይ እዩ። መልሲ ሃቡ ዝርአ፡ እቲ ምክፋል ግዜኡ ዘይኣኸለን ንካርድኩም ዝተሰርሐን ክኸውን ከሎ እዩ።</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>ንምንባብ ጥራይ፡ ወይ ናብ መዛግብቲ ዝተቐድሐ</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>ምሳኹም ዝተኻፈለ ኣብዚ ንምንባብ ጥራይ እዩ። ንመዛግብቲ ኣውጽኡ… ዝርአ፡ እቲ መንእሰይ ናብ መዛግብቲ ኣገልግሎትኩም ክቕዳሕ ኣብ ዝተሰማምዐሉ ጥራይ እዩ፤ ብቓላቶም ሰነድ FHIR ይዕቅብ። እንተ ዘይኮይኑ፡ ግዜኡ ክሳብ ዝኣክል ኣብዚ ንምንባብ ጥራይ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>ካርድኩምን ምርግጋጽ ቁጽርታትን</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>ሓደ መንእሰይ ካርድኩም ምስ ሃለዎ ምሳኹም ከካፍል ይኽእል። ስምኩም፡ ተራኹምን ትካልኩምን ንምውሳኽ ካርደይ… ምረጹ፡ ፋይል ካርድ ድማ ንዕኦም ዓቅቡ። ምስ ተራኸብኩም፡ ኣብ ካርድኩም ዘለዉ ቁጽርታት ምስቶም ኣፕሊኬሽኖም ዘርእዮም ቁጽርታት ኣወዳድሩ። እንተ ተሰማሚዖም፡ ዘካፍልዎ ናባኹም ጥራይ ይበጽሕ።</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>ምዕጻውን ምሕባእን</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>ዕጸዉ (Ctrl+L) መሕለፊ ቃል ደጊሙ ክሳብ ዝጽሐፍ ነዚ ፕሮፋይል ይዓጽዎ። ሕጂ ሕብኡ (Ctrl+Shift+H) ብቕጽበት ይዓጹ፡ ባዶ ገጽ ድማ የርኢ። ብዘይ ስራሕ ምስ ተገደፈ እውን ባዕሉ ይዓጹ፤ ምድላዋት፡ ድሕሪኡ ምዕጻው፡ ድሕሪ ክንደይ ከም ዝዓጹ ይነግር።</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>መሕለፊ ቃል እንተ ረሲዕኩም</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>ኣብቲ ገጽ ምኽፋት፡ ኣብ ክንድኡ ናይ ምምላስ ኮደይ ተጠቐም ምረጹ፡ ነቲ ነዚ ፕሮፋይል ክትፈጥሩ ከለኹም ዝጸሓፍኩምዎ ኮድ ጽሓፉ፤ ድሕሪኡ ሓድሽ መሕለፊ ቃል ምረጹ። ብዘይ መሕለፊ ቃል ወይ ናይ ምምላስ ኮድ፡ ዝኾነ ሰብ ክኸፍቶ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>ዝዕቅቦም ቁራጻት</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>ሓደ መንእሰይ ካብ ሰለስተ እሙናት ሰባቶም ሓደ ክገብሩኹም፡ ፋይል ቁራጽ ድማ ክህቡኹም ይኽእሉ። ኣብ ምድላዋት፡ ድሕሪኡ ዝዕቅቦም ቁራጻት ዓቅብዎ። መእተዊኦም እንተ ጠፊእዎም፡ ንሳቶም ምዃኖም ምስ ኣረጋገጽኩም፡ ቃላቱ ኣርእይዎም፤ ቁራጻት ናይ ክልተ ሰባት የእትውዎም። ሓደ ቁራጽ በይኑ ዋላ ሓንቲ ኣይከፍትን።</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ተጠባባቒ ቅዳሓት</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>ምድላዋት፡ ድሕሪኡ ተጠባባቒ ቅዳሕ፡ ኣብዚ ፕሮፋይል ዘሎ ኩሉ ዝሓዘ ሓደ ፋይል ይዕቅብ። ካብዚ ኮምፒተር ርሒቑ ኣብ ዝኾነ ቦታ ዓቅብዎ። ናይ ምምላስ ኮድ ይኸፍቶ፡ ስለዚ ነቲ ኮድ እውን ብድሕንነት ዓቅብዎ። ኣብ ሓድሽ ኮምፒተር፡ ኣብቲ ቀዳማይ ገጽ ካብ ተጠባባቒ ቅዳሕ ምለሱ ምረጹ።</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>መጠወቒታት</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: እዚ ሓገዝ። Ctrl+, : ምድላዋት። Tab ከምኡ&apos;ውን Shift+Tab ኣብ መንጎ ነገራት የንቀሳቕሱ፤ Enter ንቕድሚት ይወስድ፡ Escape መዘራረቢ ሳንዱቕ ይዓጹ።</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>ሕጂ ኣገዳሲ ዝኾነ</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>ገና ኣብዚ ዋላ ሓንቲ የለን። እቲ ኣዝዩ ኣገዳሲ ዝኾነ ኣብ ላዕሊ ኣቐምጡ። ኣብዚ ቀዳማይ ይርአ።</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>ገና ኣብዚ ዝኾነ የለን። ኣብ ላዕሊ ንምጽናሕ ኣብ ሓደ ጽሑፍ “ሕጂ ኣገዳሲ” ምልክት ግበሩ።</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>ነዚ ገጽ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>እዚ ገና ሓቂ ድዩ?</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>ከም ዘለዎ ተዓቂቡ። ብ{date} ደጊምና ክንሓትት ኢና።</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>ካብ ላዕሊ ተላዒሉ። ገና ኣብ {section} ተዓቂቡ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>ንመን እዩ?</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>ኣነ፦ ናይ ባዕለይ ደብተር እዩ (&amp;M)</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>ብዛዕባኹም ኣገዳሲ ዝኾነ ዓቅቡ፡ ምስ መረጽኩም ድማ ኣካፍሉ።</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>ንሓደ መንእሰይ እድግፍ (ሓላዊ) (&amp;C)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>እቲ መንእሰይ ክወስዶ፡ ክቕይሮ ወይ ክገድፎ ዝኽእል ሓሳባት ጽሓፉ።</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>ሞያዊ ሰራሕተኛ እየ (&amp;P)</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>ካርድኩም ንመንእሰያት ሃቡ፡ ምሳኹም ዘካፍልዎ ድማ ኣንብቡ።</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ንድሕሪት (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ቀጻሊ (&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ቀጻሊ</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>መንእሰይ</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>ሓላዊ</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>ሞያዊ ሰራሕተኛ</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}፡ መንእሰይ</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}፡ ሓላዊ</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}፡ ሞያዊ ሰራሕተኛ</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ (&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>ክትመርጽዎም እትኽእሉ ቋንቋታት</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>ከም መጀመርታ ገጽ</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}፡ ገና ኣይተረጋገጸን</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>ብኮምፒተር ዝተሰርሐ። ነዚ ቋንቋ ዝዛረብ ሰብ ገና ኣየረጋገጾን፡ ስለዚ ገለ ቃላት ጌጋ ክኾኑ ይኽእሉ።</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>ነዚ ቋንቋ ዝዛረብ ሰብ ኣረጋጊጽዎ።</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>ገለ ነገር ተጋግዩ</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>ናትኩም ኣየናይ እዩ?</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>ኣብዚ ኮምፒተር ዘለዉ ደብተራት (&amp;P)</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>ኣብዚ ኮምፒተር ዘለዉ ደብተራት</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ክፈቱ (&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>ነቲ ዝተመርጸ ክፈቱ</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>ሓድሽ ደብተር ግበሩ፡ ወይ ካብ ቅድሚ ሕጂ ዝዓቀብኩምዎ ተጠባባቒ ቅዳሕ ሓደ ምለሱ፡ ንኣብነት ናብ ሓድሽ ላፕቶፕ ክትቕይሩ ከለኹም።</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>ሓድሽ ደብተር ግበሩ (&amp;M)</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>ሓድሽ ደብተር ግበሩ</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>ካብ ተጠባባቒ ቅዳሕ ምለሱ (&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>ካብ ተጠባባቒ ቅዳሕ ምለሱ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ደምስሱ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>ነቲ ዝተመርጸ ደምስሱ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>እንቋዕ ብደሓን መጻእኩም</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>“{0}” ተደምሲሱ።</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>ፈተነ፦ ኣብዚ ዘሎ ሓቀኛ ኣይኮነን፡ ነቲ ኣፕሊኬሽን ምስ ዓጸኹምዎ ድማ ይድምሰስ።</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>ነገራት ምስ ዝኸብዱ (&amp;N)</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>ነገራት ምስ ዝኸብዱ</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>መደብኩም፡ ሕጂ ከተዛርብዎም እትኽእሉ ሰባትን (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ገጻት</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ድለዩ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>መስርዕ ግዜ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ሓሳባት</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>ጽሑፍኩም</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>ኣካፍሉ (&amp;S)…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ኣካፍሉ</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>ምስ ሓደ ሰብ ዘካፍልዎ ጽሑፋት ምረጹ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>ናተይ ፕሮፋይል ብሓደ ገጽ (&amp;M)…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>ፕሮፋይል ብሓደ ገጽ</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>ካብ እትመርጽዎም ጽሑፋት፡ ንምሕታም ወይ ከም PDF ንምዕቃብ ብዛዕባኹም ዝገልጽ ሓደ ገጽ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>ምድላዋት (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>ሓድሽ ጽሑፍ</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>ካርደይ</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>ካርድኩም ሰባት ብውሑስ መንገዲ ምሳኹም ከካፍሉ የኽእሎም። ከም ፋይል ዓቂብኩም ሃብዎም። ድሕሪኡ ነቶም ኣብ ታሕቲ ዘለዉ ቁጽርታት ንሓድሕድኩም ብዓውታ ኣንብብዎም፦ እንተ ተሰማሚዖም፡ ኣብ መንገዲ ዝቐየሮ ሰብ የለን።</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>ቁጽርታት ካርድኩም</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>ካርደይ ከም ፋይል ዓቅቡ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>ካርደይ ከም ፋይል ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>ብዛዕባ ካርድኩም</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>ኣብቲ ካርድ ዘሎ ስምኩም</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>ተራኹም</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>ንኣብነት፦ ማሕበራዊ ሰራሕተኛ</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>ትካልኩም</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ስም (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ተራ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ትካል (&amp;O)</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>ካርድኩም ስም ምስ ሃለዎ እቶም ቁጽርታት ይርኣዩ።</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>ካርደይ ዓቅቡ</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>ካርድታት (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>ካርድኩም ከም {0} ተዓቂቡ። ነቲ ሰብ ሃብዎ፡ ድሕሪኡ ነቶም ቁጽርታት ብሓባር ብዓውታ ኣንብብዎም።</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>ገና መዘኻኸሪ የለን።</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጽሉ</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>ናብቲ ገጽ ምኽፋት ተመለሱ</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል ምረጹ</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>ናይ ምምላስ ኮድኩም ከፊትዎ። ሕጂ ሓድሽ መሕለፊ ቃል ምረጹ፡ ካብ ሕጂ ንደሓር ድማ ብኡ ክፈትዎ። ንስኹም እትዝክርዎ ግን ካልኦት ዘይግምትዎ ሒደት ቃላት ጽቡቕ ይሰርሕ።</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>ቁራጻት ናይ እሙናት ሰባትኩም ከፊትዎ። ሕጂ ሓድሽ መሕለፊ ቃል ምረጹ፡ ካብ ሕጂ ንደሓር ድማ ብኡ ክፈትዎ። ንስኹም እትዝክርዎ ግን ካልኦት ዘይግምትዎ ሒደት ቃላት ጽቡቕ ይሰርሕ።</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል (&amp;N)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ይሰርሕ ኣሎ</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>ብውሑስ መንገዲ ይዕጾ ኣሎ… ቁሩብ ግዜ ይወስድ።</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>ሕጂ ኣይኮነን ዋላ ሓንቲ ኣይቕይርን፦ ቀደማይ መሕለፊ ቃልኩም እንተ ዘኪርኩምዎ ገና ይኸፍቶ፡ ቁራጻት እሙናት ሰባትኩም እውን ከምኡ። ኣብ ዝመጽእ ግዜ ንሳቶም ክኸፍትዎ ከለዉ፡ ደጊምኩም ክትሕተቱ ኢኹም።</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>ሕጂ ኣይኮነን ዋላ ሓንቲ ኣይቕይርን፦ ቀደማይ መሕለፊ ቃልኩም እንተ ዘኪርኩምዎ ገና ይኸፍቶ፡ ናይ ምምላስ ኮድኩም እውን ከምኡ። ኣብ ዝመጽእ ግዜ እቲ ኮድ ክኸፍቶ ከሎ፡ ደጊምኩም ክትሕተቱ ኢኹም።</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>ሕጂ ኣይኮነን (&amp;O)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>ነቲ ሓድሽ መሕለፊ ቃል ዓቅቡ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>ነቲ ሓድሽ መሕለፊ ቃል ዓቅቡ</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድኩም</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ። እቲ ዝተጠቐምኩምሉ ናይ ምምላስ ኮድ ድሕሪ ሕጂ ኣይከፍቶን እዩ፦ መሕለፊ ቃልኩም ደጊምኩም እንተ ረሲዕኩም፡ እዚ ሓድሽ ይኸፍቶ። ጽሓፍዎ ወይ ሕተምዎ፡ ካብዚ ኮምፒተር ርሒቕኩም ድማ ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ። ቀደማይ ናይ ምምላስ ኮድኩም ድሕሪ ሕጂ ኣይከፍቶን እዩ፦ እዚ ሓድሽ ይኸፍቶ። ጽሓፍዎ ወይ ሕተምዎ፡ ካብዚ ኮምፒተር ርሒቕኩም ድማ ኣብ ውሑስ ቦታ ዓቅብዎ። ቁራጻት እሙናት ሰባትኩም ገና ይሰርሑ፤ ካልኦት ሰሚዖምዎም ክኾኑ ይኽእሉ እንተ ኾይኖም፡ ኣብ ምድላዋት ሓደስቲ ግበሩ።</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>ቅድሚ ሕጂ ዝዓቀብኩምዎም ተጠባባቒ ቅዳሓት ገና ነቲ ቀደማይ ኮድ የድልዮም፦ ቀልጢፍኩም ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ (ቀንዲ ገጽ ከዘኻኽረኩም እዩ)።</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>እዚ ዝርአየሉ እንኮ ግዜ እዩ።</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>ዓቂበዮ ኣለኹ፡ ቀጽል (&amp;C)</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>ዓቂበዮ ኣለኹ፡ ቀጽል</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>መሕለፊ ቃል ድሒርኩም ክትመርጹ?</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ደሓር</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>ሕጂ ሓደ ምረጹ</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>ነቲ ሓድሽ ኮድ ከይዓቀብኩም ክትዓጹ?</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ፡ ግን እቲ ሓድሽ ናይ ምምላስ ኮድ ደጊሙ ኣይክርአን እዩ፡ እቲ ቀደማይ ድማ ድሕሪ ሕጂ ኣይሰርሕን። ኣብ ምድላዋት ካልእ ኮድ ክትገብሩ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>ክፉት ኣጽንሕዎ</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>ፕሮፋይል ብሓደ ገጽ</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>ኣብኡ ዝኣትዉ ጽሑፋት (&amp;E)</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>እቲ ገጽ ከምቲ ዝሕተሞ</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>ንሓድሽ ቤት ትምህርቲ ወይ ሓድሽ መንበሪ ብዛዕባኹም ዝገልጽ ሓደ ገጽ። ኣብኡ ዝኣቱ ምልክት ግበሩ፦ ምልክት ክሳብ እትገብሩ ኣብኡ ዋላ ሓንቲ የለን።</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>ኣብቲ ገጽ ዝኣቱ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ሕተሙ (&amp;R)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ሕተሙ</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ከም PDF ዓቅቡ (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ከም PDF ዓቅቡ</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>ኣብኡ ዝኣትዉ ጽሑፋት</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ጽሑፋት</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(ኣብ ትሕቲ “{heading}” ይኣቱ)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>ኣብ ሓደ ገጽ ይኣቱ።</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>ኣብ ሓደ ገጽ ይኣቱ፡ ቁሩብ ንእሽቶ ኢሉ።</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>ንሓደ ገጽ ብዙሕ እዩ፦ እቶም ቃላት ንኣሽቱ ኮይኖም ክሕተሙ እዮም። ካብ ገሊኦም ምልክት ከተልዕሉ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>ብዛዕባይ.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ፋይላት PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>ሰባት ብዛዕባይ ዝፈትውዎ</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>ንዓይ ኣገዳሲ ዝኾነ</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>ብኸመይ ብዝበለጸ ክትድግፉኒ ትኽእሉ</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>ብዛዕባይ ኩሉ</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>ብዛዕባ {name} ኩሉ</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>መልሲ ክፈቱ (&amp;W)…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>ንሓሳባትኩም ዝሃብዎ መልሲ ክፈቱ</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>ነፍሲ ወከፍ ሓሳብ እንታይ ከም ዝኾነ ዝሕብር ካብቲ መንእሰይ ዝመጸ ፋይል</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>መልሲ ክፈቱ</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>መልስታት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>እቲ መልሲ ይኽፈትን ይረጋገጽን ኣሎ…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} መሊሶም። ሓሳባት ስደዱ… ነፍሲ ወከፍ እንታይ ከም ዝኾነ የርኢ።</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>ቅብሊት ወይ መልሲ ክፈቱ (&amp;R)…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>ቅብሊት ወይ መልሲ ክፈቱ</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>ካብ ዘካፈልኩምዎ ሰብ ዝመጽአ ፋይል፦ ከም ዝኸፈትዎ ዝሕብር፡ ወይ መልሶም</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>ቅብሊታትን መልስታትን (*{0} *{1});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>ነዚ መልሲ ካብ {name} ድሮ ኣለኩም። ምስቲ ብ{date} ዘካፈልኩምዎ ይርአ።</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} ንዘካፈልኩምዎ ብ{date} መልሲ ሂቦም። ምስቲ ምክፋል እቲ ይርአ።</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} ዘካፈልኩምዎ ብ{date} ከፊቶም።</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል (&amp;N)</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>መሕለፊ ቃል ደጊምኩም ጽሓፉ</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>ዝጽሕፎ ኣርኢ</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>ክጽሕፍ ከለኹ መሕለፊ ቃል ኣርኢ</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>ሓደ ኣማኽሩኒ (&amp;G)</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>መሕለፊ ቃል ኣማኽሩ</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>ክልቲኦም ቦታታት ብሒደት ብዘይ ምርጫ ዝተወሰዱ ቃላት ምልኡ፡ ክትጽሕፍዎም ምእንቲ ዝርኣዩ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>ሓይሊ መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>ደጊምኩም ጽሓፍዎ (&amp;A)</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>ሓጺር እዩ፦ እንተ ወሓደ {0} ፊደላት ተጠቐሙ።</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>ሓይሊ፦ ንምግማቱ ቀሊል።</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>ሓይሊ፦ ገና ንምግማቱ ኣዝዩ ቀሊል።</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>ሓይሊ፦ ሓያል።</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>ሓይሊ፦ ኣዝዩ ሓያል።</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>ሰባት መጀመርታ ዝፍትንዎ ሓደ ካብቶም መሕለፊ ቃላት እዩ።</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>ንበይኖም ዘለዉ ልሙዳት ቃላትን ኣስማትን ቀልጢፎም ይግመቱ።</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>ኣብ ጎኒ ንጎኒ ዘለዉ መጠወቒታት ቀልጢፎም ይግመቱ።</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>ዝተደጋገሙ ፊደላት ወይ ቃላት ብዙሕ ኣይውስኹን።</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>ከም abcd ወይ 1234 ዝኣመሰሉ ተኸታተልቲ ቀልጢፎም ይግመቱ።</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>ዕለታትን ዓመታትን ቀልጢፎም ይግመቱ።</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>ንዓኹም ጥራይ ትርጉም ዘለዎም ሒደት ቃላት ብሓባር ፈትኑ፡ ወይ ሓደ ኣማኽሩኒ ጠውቑ።</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>እንተ ወሓደ {0} ፊደላት። እትዝክርዎም ሒደት ቃላት ጽቡቕ ይሰርሑ።</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>ክልቲኦም ሓደ እዮም።</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>ክልቲኦም ገና ሓደ ኣይኮኑን።</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>እዚ ፋይል መሕለፊ ቃል ኣለዎ</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>እቲ ዘካፈለ ሰብ ነቶም ቁጽርታት ነጊሩኩም ክኸውን እዩ፡ ምናልባት ብተሌፎን። ኣብዚ ጽሓፍዎም።</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>መሕለፊ ቃል (&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>ክፈትዎ (&amp;O)</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>ክፈትዎ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>ካርድ ናይ ሓደ ሰብ ወስኹ (&amp;A)…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>ካርድ ናይ ሓደ ሰብ ወስኹ</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>ካርደይ ሃቡ (&amp;G)…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>ካርደይ ሃቡ</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>ሰባት (&amp;P)</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>ዘካፍሎም ሰባት</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>ገና ሓደ እኳ የለን። ነቲ ሰብ ፋይል ካርዶም ሕተትዎም፡ ድሕሪኡ “ካርድ ናይ ሓደ ሰብ ወስኹ…” ምረጹ።</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ (&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>ቁጽርታት ካርድ ኣወዳድሩ</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>ስሓቡ (&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>ነቲ ዝተመርጸ ምክፋል ስሓብዎ</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>ገና ምሳታቶም ዝተኻፈለ የለን። ንምክፋል፡ ኣብ ትሕቲ ዝርዝር ገጻት ዘሎ መልጎም ኣካፍሉ… ጠውቑ፤ ዘካፈልኩምዎ ኣብዚ ይርአ።</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>ኣፕሊኬሽኖም ዘካፈልኩምዎ ክድምስስ ዝሓትት ፋይል ግበሩ</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>ዘካፈልክዎ (&amp;H)</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>ምስዚ ሰብ ዘካፈልክዎ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>መስርዓት</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ዓምድታት</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: ተኻእሎ እንተ ኣልዩ፡ ቅድሚ ምክፋልኩም ነቶም ቁጽርታት ምሳታቶም ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>ብመሕለፊ ቃል ዝተኻፈለ</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>ካርድ ናይቲ ኣፕሊኬሽን ዘይብሎም፡ ነቲ ፋይል ብመሕለፊ ቃል ዝኸፍቱ ሰባት።</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>ንምስሓቡ ኣብቲ ዝርዝር ሓደ ምክፋል ምረጹ።</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>ሓድሽ ምክፋል ቦታኡ ወሲዱ፡ ስለዚ እዚ ድሮ ካብ ኣፕሊኬሽኖም ጠፊኡ እዩ።</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>እዚ ምክፋል ድሮ ተሳሒቡ እዩ።</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>ካርድታት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>{0} ተወሲኹ። {1}።</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>ምስሓብ ን{0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>ፋይል ምስሓብ ዓቅቡ</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>ዝተኻፈሉ ፋይላት (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>እቲ ምስሓብ ከም “{0}” ተዓቂቡ። ን{1} ሃብዎ።</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>ኩሎም %n ቃላት ቃላት ቁራጽ እዮም፦ እዚ ምሉእ ቁራጽ ይመስል።</numerusform>
            <numerusform>ኩሎም %n ቃላት ቃላት ቁራጽ እዮም፦ እዚ ምሉእ ቁራጽ ይመስል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>ክሳብ ሕጂ %n ካብ 20 ቃላት።</numerusform>
            <numerusform>ክሳብ ሕጂ %n ካብ 20 ቃላት።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>ን{0} ዝተዓቀበ ቁራጽ</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>ቁራጽ ናይ {0}፡ {1} ካብ 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>ካብቲ ቁጽርታት {0} ዘለዎ ካርድ።</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>ነዞም ቃላት ን{0} ጥራይ ኣንብቡ፡ ንሳቶም ምዃኖም ምስ ኣረጋገጽኩም (ገጽ ንገጽ፡ ወይ ናብ ድሮ ዝነበረኩም ቁጽሪ ባዕልኹም ብዝደወልኩምዎ ጻውዒት)። ቁራጻት ናይ ክልተ ሰባት ብሓባር የእትውዎም።</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>ቃል {0}፦ {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ሕተሙ (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>ነቲ ቁራጽ ሕተሙ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>ቃላት ናይቲ ቁራጽ</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>ብሓገዝ እሙናት ሰባት ተመሊስኩም እተዉ</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>ካብቶም ቁራጽ ዝሃብኩምዎም ሰባት ንክልተ ሕተቱ። ነፍሲ ወከፍ ቁራጹ ኣብ ናይ ባዕሉ ኣፕሊኬሽን ከርኢ ይኽእል፦ 20 ቃላት። ቃላት ናይ ነፍሲ ወከፍ ቁራጽ ኣብ ናቱ ሳንዱቕ ጽሓፉ። ቁጽርታትን ምብታኽ መስመራትን ኣገደስቲ ኣይኮኑን፡ ናይ ነፍሲ ወከፍ ቃል ቀዳሞት ኣርባዕተ ፊደላት ይኣኽሉ።</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>ቁራጽ ናይ ቀዳማይ ሰብ</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>ቁራጽ ናይ ካልኣይ ሰብ</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>ቁራጽ ናይ ቀዳማይ ሰብ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>ቁራጽ ናይ ካልኣይ ሰብ (&amp;S)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>ይኽፈት ኣሎ</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>ተመሊስኩም እተዉ (&amp;G)</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>ተመሊስኩም እተዉ</translation>
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
        <translation>ኣብ ነፍሲ ወከፍ መስመር ሓደ ነገር</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>ካርደይ (&amp;C)…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>ካርደይ</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>ስምኩም፡ ተራኹምን ትካልኩምን፡ ከምኡ&apos;ውን ንመንእሰያት እትህብዎ ካርድኩም</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>ምሳኹም ዝተኻፈለ (&amp;S)</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>ምሳኹም ዝተኻፈሉ ፋይላት</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>መስርዓት</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ዓምድታት</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>ገና ኣብዚ ዝኾነ የለን። ሓደ መንእሰይ ዝተኻፈለ ፋይል ምስ ሃበኩም፡ ኣብዚ ክፈትዎ። መጀመርታ ካርድኩም ሃብዎም (ካርደይ…)።</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>ዝተኻፈለ ፋይል ክፈቱ (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>ዝተኻፈለ ፋይል ክፈቱ</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>ሓደ መንእሰይ ዝሃበኩም ፋይል .wpb ክፈቱ (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>እቲ ፋይል ይኽፈት ኣሎ</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>ዝተኻፈሉ ፋይላት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>እቲ ፋይል ይኽፈትን ይረጋገጽን ኣሎ…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} ቅድሚ ሕጂ ዘካፈልዎ ፋይል ሰሒቦም። ተደምሲሱ ኣሎ።</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} ቅድሚ ሕጂ ዘካፈልዎ ፋይል ሰሒቦም። ኣብዚ የለን፡ ስለዚ ዝተደምሰሰ የለን።</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>እቲ ፋይል ኣይተኸፍተን።</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>ናብ መሕተሚ ተላኢኹ።</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>ከም PDF ተዓቂቡ፦ {0}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>ምንባብ ደው ኣብሉ</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>ብዓውታ ምንባብ ደው ኣብሉ</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>ብዓውታ ምንባብ ደው ኣብሉ (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>ብዓውታ ኣንብቡ</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>{what} ብዓውታ ኣንብቡ</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>{what} ብዓውታ ኣንብቡ (Ctrl+Shift+R)። Esc የቋርጾ።</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>ቅብሊት ዓቅቡ (&amp;R)…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>ቅብሊት ዓቅቡ</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>መጀመርታ ዝተኻፈለ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>እቲ ፋይል ተሳሒቡ ወይ ግዜኡ ኣኺሉ፡ ስለዚ ቅብሊት ዝወሃበሉ የለን።</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>ንመንእሰይ ዝኸውን ንእሽቶ ፋይል፦ ዘካፈልዎ ከም ዝኸፈትኩምዎ ይሕብሮም</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>ቅብሊት ን{name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>ቅብሊታት (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>ቅብሊት ከም {file} ተዓቂቡ። ን{name} ሃብዎ።</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>ብሓድሽ ተተኪኡ</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>ሎሚ መወዳእታ መዓልቲ</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>ክፉት፡ ጽባሕ ይውዳእ</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>ክፉት፡ {0} መዓልቲ ተሪፉ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>ዝተኻፈለሉ</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>ክፉት ክሳብ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ኩነታት</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>ንመዛግብቲ ኣውጽኡ (&amp;X)…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>ንመዛግብቲ ኣውጽኡ</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>ንመዛግብቲ ኣገልግሎትኩም ከም ሰነድ FHIR ዓቅብዎ። እቲ ዘካፈለ ሰብ ነዚ ፈቒዱ እዩ፤ እቲ ቅዳሕ ምክፋል ምስ ተወድአ ወይ ምስ ተሳሕበ እውን ይጸንሕ።</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>መዝገብ ናይቲ {0} ዘካፈሎ</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>ሰነዳት FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>እቲ መዝገብ ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>ንመዝገብ ከም {0} ተዓቂቡ፡ ብቓላት ናይ {1}።</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>ዝተዓቀበ መዝገብ የለን።</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>ናብ መዛግብቶም ክቐድሕዎ ይኽእሉ ድዮም?</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>ኣይፋል፡ ከንብብዎ ጥራይ ይኽእሉ። “ናብ መዛግብቲ ኣይኣቱን” ይብል። (&amp;R)</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>ኣይፋል፡ ንምንባብ ጥራይ፦ “ናብ መዛግብቲ ኣይኣቱን” ተባሂሉ ይምልከት (&amp;R)</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>ኣይፋል፡ ንምንባብ ጥራይ</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>እወ፡ ናብ መዛግብቶም ክቐድሕዎ ይኽእሉ (&amp;C)</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>እወ፡ ናብ መዛግብቶም ክቐድሕዎ ይኽእሉ</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>መዛግብቲ ማለት ኣገልግሎቶም ዝዕቅቦም ማስታወሻታት እዩ፡ ንኣብነት ቤት ትምህርቶም ወይ ጉጅሎም። እወ እንተ በልኩም፡ ሓደ ቅዳሕ ናብቶም ማስታወሻታት ይኣቱ። እቲ ቅዳሕ ግዜኡ ምስ ኣኸለ እውን ኣብኡ ይጸንሕ። ነዚ ምክፋል እንተ ሰሓብኩምዎ እውን ኣብኡ ይጸንሕ። ነቲ ቅዳሕ ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>እወ እንተ በልኩም፡ ሓደ ቅዳሕ ናብ መዛግብቲ ኣገልግሎቶም ይኣቱ። እቲ ቅዳሕ ግዜኡ ምስ ኣኸለ እውን፡ ነዚ ምክፋል እንተ ሰሓብኩምዎ እውን፡ ኣብኡ ይጸንሕ። ክትመልስዎ ኣይትኽእሉን ኢኹም።</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>ከም ዘለኩም ንምርግጋጽ፡ ናይ መወዳእታ ጉጅለ እቲ ኮድ ጽሓፉ (&amp;L)</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>ናይ መወዳእታ ጉጅለ ናይ ምምላስ ኮድ</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>ናይ ምምላስ ኮድኩም ጠፊኡኩም፡ ወይ ሓደ ሰብ ርእይዎ ኢልኩም ተሻቒልኩም? ሓድሽ ግበሩ። ምስ ጸሓፍኩምዎ፡ እቲ ቀደማይ ኮድ ነዚ ደብተር ምኽፋት የቋርጽ።</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>ኮድኩም ጠፊኡኩም? ወይ ሓደ ሰብ ርእይዎ? ሓድሽ ግበሩ። ጽሓፍዎ። ድሕሪኡ እቲ ቀደማይ ኮድ ኣይሰርሕን።</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>ሓድሽ ኮድ ገይርኩም፡ ግን ገና ኣየረጋገጽኩምዎን፡ ስለዚ ቀደማይ ኮድኩም ገና ይሰርሕ።</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>ሓድሽ ኮድ ገይርኩም። ገና ኣየረጋገጽኩምዎን። ቀደማይ ኮድኩም ገና ይሰርሕ።</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>መሕለፊ ቃልኩም፡ ሓድሽ ናይ ምምላስ ኮድ ንምግባር</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>መሕለፊ ቃልኩም (&amp;P)</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድ ግበሩ (&amp;N)</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድ ግበሩ</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>መሕለፊ ቃልኩም ይረጋገጽ ኣሎ…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>ናብ ሓድሽ ኮድኩም ይቕየር ኣሎ… ቁሩብ ግዜ ይወስድ።</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>ናብ ሓድሽ ኮድኩም ይቕየር ኣሎ…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>እዚ ሓድሽ ኮድኩም እዩ። ጽሓፍዎ ወይ ሕተምዎ፡ ካብዚ ላፕቶፕ ርሒቕኩም ድማ ዓቅብዎ። ናይ መወዳእታ ጉጅለኡ ኣብ ታሕቲ ምስ ጸሓፍኩም ክሰርሕ ይጅምር፤ ክሳብ ሽዑ ቀደማይ ኮድኩም ገና ይሰርሕ።</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>እዚ ሓድሽ ኮድኩም እዩ። ጽሓፍዎ። ብድሕንነት ዓቅብዎ። ድሕሪኡ ናይ መወዳእታ ጉጅለኡ ኣብ ታሕቲ ጽሓፉ። ክሳብ ሽዑ ቀደማይ ኮድኩም ገና ይሰርሕ።</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>ተወዲኡ፦ ሓድሽ ኮድኩም ሕጂ ነዚ ደብተር ይኸፍቶ፡ እቲ ቀደማይ ግን ድሕሪ ሕጂ ኣይኸፍቶን። ሓድሽ ኮድኩም ተጠባባቒ ቅዳሕ እውን ምእንቲ ክኸፍት፡ ቀልጢፍኩም ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ።</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>ተወዲኡ። ሓድሽ ኮድኩም ሕጂ ይሰርሕ። እቲ ቀደማይ ኣይሰርሕን። ሕጂ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ።</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>ሓድሽ ኮደይ ደጊመ ክርኢ (&amp;S)</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>ሓድሽ ናይ ምምላስ ኮደይ ደጊመ ክርኢ</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>ብድሕንነት ዓቂበዮ ኣለኹ (&amp;K)</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>ነቲ ሓድሽ ናይ ምምላስ ኮድ ብድሕንነት ዓቂበዮ ኣለኹ</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>ቅድሚ ሕጂ ዝዓቀብኩምዎም ተጠባባቒ ቅዳሓት ገና ብቐደማይ ኮድ ጥራይ እዮም ዝኽፈቱ፡ ስለዚ ድሕሪኡ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ።</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>ቀደምቲ ተጠባባቒ ቅዳሓት ገና ነቲ ቀደማይ ኮድ የድልዮም።</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>ሕተምዎ (&amp;P)</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>ናይ ምምላስ ኮድ ሕተሙ</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>ነቲ ኮድ ኣብ ወረቐት ሕተምዎ። ኣብዚ ኮምፒተር ዝዕቀብ የለን።</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>ናይ ምምላስ ኮድ፦ {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ናይ ምምላስ ኮድ&lt;/h2&gt;&lt;p&gt;ን፦ {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;ነዚ ኣብ ውሑስ ቦታ ዓቅብዎ። መሕለፊ ቃልኩም እንተ ረሲዕኩም ደብተርኩም ይኸፍት።&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>መልሲ ሃቡ (&amp;Y)…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>መልሲ ሃቡ</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>መጀመርታ ዝተኻፈለ ፋይል ምረጹ።</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>ናብቲ መንእሰይ ሓጺር መልእኽትን እትገብርዎ ነገርን፡ ኣፕሊኬሽኖም ጥራይ ክኸፍቶ ዝኽእል</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>እቲ ፋይል ተሳሒቡ ወይ ግዜኡ ኣኺሉ፡ ስለዚ መልሲ ዝወሃበሉ የለን።</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>እዚ ብመሕለፊ ቃል እዩ ተኻፊሉ፡ ብካርድኩም ኣይኮነን፡ ስለዚ ኣፕሊኬሽኖም መልሲ ካባኹም ከም ዝመጸ ክፈልጥ ኣይክእልን።</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>መልሲ</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>ን{name} መልሲ ሃቡ</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>ዝሰማዕኩምዎን እትገብርዎን ንገሩ። ቅድሚ ምዕቃቡ እቲ መልሲ እንታይ ከም ዝሓዘ ብልክዕ ክትርእዩ ኢኹም፤ ኣፕሊኬሽን {name} ጥራይ እዩ ክኸፍቶ ዝኽእል።</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>መልእኽትኹም</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>መልእኽትኹም (&amp;M)</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>እትገብሮ ነገር፡ ጽሑፍ ብጽሑፍ (እንተ ደሊኹም)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>ብዛዕባ ‘{title}’ ዝገብሮ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>ቀጻሊ፦ ኣረጋግጽዎ (&amp;N)</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>ቀጻሊ፦ እቲ መልሲ እንታይ ከም ዝሓዘ ኣረጋግጹ</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>እቲ መልሲ ብልክዕ ዝሓዞ እዚ እዩ</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>እቲ መልሲ ዝሓዞ</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>ዝወጽእ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ንድሕሪት (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>ናብቶም ቃላት ተመለሱ</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>እቲ መልሲ ዓቅቡ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>እቲ መልሲ ከም ፋይል ዓቅቡ</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>ብካርድኩም ተፈሪሙ፡ ኣፕሊኬሽን {name} ጥራይ ክኸፍቶ ብዝኽእል መንገዲ ተዓጽዩ ኣሎ። ጽሑፋት ብኣርእስቶም ወይ ብቓላቶም ዘይኮነ፡ ኣፕሊኬሽኖም ብዝፈልጦ ቁጽሪ እዮም ዝጽውዑ።</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>ን፦ {name} (ቁጽርታት ካርዶም {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>ካብ፦ ካርድኩም ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>ብዛዕባ፦ ብ{date} ዘካፈልዎ</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>መልእኽትኹም፦</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(የለን)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>እትገብርዎ፦</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>ብዛዕባ ‘{title}’፦ {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>መልሲ ን{name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>እቲ መልሲ ዓቅቡ</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>መልስታት (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>መልሲ ከም {file} ተዓቂቡ። ን{name} ሃብዎ፤ ኣብ ኣፕሊኬሽኖም ሰባት፡ ድሕሪኡ “ቅብሊት ወይ መልሲ ክፈቱ…” ይመርጹ።</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} ነቲ ዘካፈልኩምዎ መልሲ ሂቦም — ኣንብብዎ</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>ካብ ተጠባባቒ ቅዳሕ ምለሱ</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>ካብ ተጠባባቒ ፋይል ደብተር ምለሱ፡ ኣብዚ ላፕቶፕ ወይ ኣብ ሓድሽ።</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>ተጠባባቒ ፋይል ምረጹ (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>ተጠባባቒ ፋይል ምረጹ</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ገና ዝተመርጸ ፋይል የለን።</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ናይ ምምላስ ኮድ</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>ዝጸሓፍኩምዎ ወይ ዝሓተምኩምዎ ኮድ</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>ናይ ምምላስ ኮድ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>ሓድሽ መሕለፊ ቃል (&amp;N)</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>ይምለስ ኣሎ</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>ምለሱ (&amp;E)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ምለሱ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>ተመሊሱ</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>ቁራጻት እሙናት ሰባትኩም ገና ይሰርሑ።</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>እቶም እሙናት ሰባትኩም ዝሓዝዎም ቁራጻት ገና ይኸፍትዎ።</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>ቁራጻት እሙናት ሰባትኩም ሕጂ ኣይሰርሑን። ኣብ ምድላዋት ሓደስቲ ግበሩ።</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>እቶም እሙናት ሰባትኩም ዝሓዝዎም ቁራጻት ነዚ ቅዳሕ ኣይከፍትዎን። ኣብ ምድላዋት፡ ኣብ ትሕቲ እሙናት ሰባት፡ ሓደስቲ ግበሩ።</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>ምስ ተኸፍተ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ፡ ሓድሽ ኮድኩም እውን ሓደ ምእንቲ ክህልዎ (&amp;S)</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>ምስ ተኸፍተ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>ሕጂ ሓድሽ ተጠባባቒ ቅዳሕ ዓቅቡ (&amp;S)</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>ነቲ ኮድ ብድሕንነት ዓቂበዮ ኣለኹ፦ ክፈቶ (&amp;O)</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>ሓድሽ ናይ ምምላስ ኮድ ኣለዎ፡ ሕጂ ጥራይ ዝርአ፦ ነዚ ደብተር ይኸፍቶ። ጽሓፍዎ ወይ ሕተምዎ፡ ካብዚ ላፕቶፕ ርሒቕኩም ድማ ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>እዚ ሓድሽ ኮድኩም እዩ። ነዚ ደብተር ይኸፍቶ። ጽሓፍዎ። ብድሕንነት ዓቅብዎ።</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>እቲ ሕጂ ዝመረጽኩምዎ መሕለፊ ቃል መዓልታዊ ይኸፍቶ።</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>ሓድሽ መሕለፊ ቃልኩም ኩሉ መዓልቲ ይኸፍቶ።</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>ቀደማይ ኮድኩም ገና ነቲ ዝመለስኩምሉ ተጠባባቒ ፋይል ይኸፍቶ፡ ነቲ ኣብ ቀደማይ ላፕቶፕኩም ዘሎ ደብተር እውን፡ ገና እንተ ሃልዩ። ነዚ ግን ኣይኸፍቶን።</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>እቲ ቀደማይ ኮድ ገና ነቲ ቀደማይ ተጠባባቒ ቅዳሕ ይኸፍቶ። ኣብቲ ቀደማይ ላፕቶፕ ዘሎ ዝኾነ ቅዳሕ ይኸፍት። ነዚ ግን ኣይኸፍቶን።</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>ነቲ ኮድ ብድሕንነት ዓቂበዮ ኣለኹ፦ ክፈቶ</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>ተጠባባቒ ቅዳሓት ({0});;ዝኾነ ፋይል (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>እዚ ገና ሓቂ ድዩ?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ዓቅብዎ</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>“{title}” ከም ዘለዎ ዓቅብዎ</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>ገና ሓቂ እዩ። ድሕሪ 3 ወርሒ ደጊምና ክንሓትት ኢና።</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>ኣሐድሱ</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>“{title}” ኣሐድሱ</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ካብ ላዕሊ ኣልዕሉ</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>“{title}” ካብ ላዕሊ ኣልዕሉ</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>ካብ “ሕጂ ኣገዳሲ ዝኾነ” ኣልዕልዎ፤ ኣብ ክፋሉ ይጸንሕ።</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>ቀደም ዝነበሩ ቅዳሓት</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ቅዳሓት (&amp;V)</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>እዚ ቅዳሕ እንታይ ይብል ነይሩ</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>እንታይ ይብል ነይሩ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>ነዚ ቅዳሕ ምለስዎ (&amp;B)</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>ቅዳሓት፡ እቲ ሓድሽ ቅድም</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>ነዚ ቅዳሕ ምለስዎ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>ሕጂ፦ {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>ምልክታት መጠንቀቕታይ</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>ነገራት ይኸብዱ ከም ዘለዉ እንታይ ይሕብረኩም? ሓሳባት፡ ስምዒታት፡ ክትገብርዎ ከለኹም እትዕዘብዎ ነገራት።</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>ባዕለይ ክገብሮ ዝኽእል ነገራት</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>በይንኹም፡ ንሒደት ደቓይቕ ጥራይ እውን ይኹን፡ ቁሩብ ንኽሓይሸኩም እንታይ ይሕግዘኩም?</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>ሓሳበይ ዝቕይሩ ሰባትን ቦታታትን</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>ንቁሩብ ግዜ ብዛዕባ ካልእ ነገር ክትሓስቡ መን ወይ ኣበይ ይሕግዘኩም?</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>ሓገዝ ክሓቶም ዝኽእል ሰባት</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>ነገራት ምስ ዝኸብዱ ምስ መን ክትዛረቡ ትኽእሉ? እንተ ደሊኹም ብኸመይ ከም እትረኽብዎም ወስኹ።</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>ሞያውያንን መስመራት ህጹጽ ሓገዝን</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>ምስ ኣየኖት ሰራሕተኛታት ወይ ኣገልግሎታት ክትራኸቡ ትኽእሉ? እቶም ኣብ ላዕሊ ዘለዉ ናይ ነጻ መስመራት ድማ ኩሉ ግዜ ኣለዉ።</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>ዘለኹዎ ቦታ ዝያዳ ውሑስ ምግባር</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>ሕጂ ዘለኹምዎ ቦታ ዝያዳ ውሑስ ንምግባር እንታይ ክትገብሩ ትኽእሉ?</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>ንኽቕጽል ምኽንያታተይ</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>ንዓኹም ኣገዳሲ እንታይ እዩ? ብሃንቀውታ እትጽበይዎ መን ወይ እንታይ እዩ?</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>ነገራት ምስ ዝኸብዱ</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>በይንኹም ክትሓልፍዎ የብልኩምን። ሕጂ ሰብ እንተ ደሊኹም፡ እዞም ሰባት ንዓኹም ኣለዉ፡ ብነጻ፡ ለይትን መዓልትን፦</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>መደበይ</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>መደብኩም፡ ብናይ ባዕልኹም ቃላት። ነገራት ምስ ዝኸብዱ፡ ካብ ላዕሊ ጀሚርኩም ስጉምቲ ብስጉምቲ ሕለፍዎ። ክትጽሕፉ ከለኹም ይዕቀብ፡ ከም ካልኦት ጽሑፋትኩም ድማ ዝኾነ ስጉምቲ ከተካፍሉ ትኽእሉ።</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>ናይ ገዛ ፎልደርኩም</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} ኣብ ናይ ገዛ ፎልደርኩም</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>ድለዩ</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>ቃል ጽሓፉ</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>ድለዩ (&amp;L)</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ዝተረኽበ</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>ኣብቲ ዝጸሓፍኩምዎ ኩሉ ንምድላይ ቃል ጽሓፉ።</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>ን“{text}” ዝተረኽበ የለን። ካልእ ቃል፡ ወይ መጀመርታ እቲ ቃል ጥራይ ፈትኑ።</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>1 ጽሑፍ ተረኺቡ።</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>{count} ወይ ካብኡ ዝበዝሑ ጽሑፋት ተረኺቦም፡ እቲ ዝበለጸ ቅድም። ንዝያዳ ናብ ታሕቲ ውረዱ።</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>{count} ጽሑፋት ተረኺቦም።</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>ሓደ ነገር ወስኹ</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>ናብ {section} ሓደ ነገር ወስኹ</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>ኩሉ ኣርእዩ ({count})</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>ኣብ {section} ዘሎ ኩሉ ኣርእዩ ({count})</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>← ቀንዲ ገጽ</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>ናብ ቀንዲ ገጽ ተመለሱ</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>ሓደ ነገር ወስኹ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ጽሑፋት</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>ጽሑፋት፡ እቲ ሓድሽ ቅድም (&amp;E)</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>ጽሑፋት ኣብ {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>ናብ {section} ሓደ ነገር ወስኹ</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>ጽሑፋት፡ ስጉምትታት ናይቲ መደብ ቅድም (&amp;E)</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>ሓሳባት ስደዱ</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>ዝለኣኽ ምልክት ግበሩ። እንታይ ከም ዝዕቅቡ ባዕሎም ይውስኑ፦ ባዕሎም እንተ ዘይወሲኾምዎ ኣብ ደብተሮም ዝቕየር የለን።</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>ንዕኦም ዝኸውን መልእኽቲ (ባዶ ክትገድፍዎ ትኽእሉ)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>ንኣብነት፦ ኣብዚ ወርሒ ዘስተብሃልክዎም ነገራት</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>ንዕኦም ዝኸውን መልእኽቲ (&amp;N)</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>እቲ ፋይል ይዕቀብ ኣሎ</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>እቲ ፋይል ዓቅቡ (&amp;S)…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>ነቶም ሓሳባት ከም ፋይል ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ስምኩም፡ ከምቲ ንሳቶም ዝርእይዎ</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>ንኣብነት፦ Jo</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>ስምኩም፡ ከምቲ ንሳቶም ዝርእይዎ (&amp;A)</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>ቅድሚ ሕጂ ዝለኣኽኩምዎም ሓሳባት</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>ምስ ወሰኑ፡ ንዓኹም መልሲ ክዕቅቡ ይኽእሉ፦ ነፍሲ ወከፍ ሓሳብ እንታይ ከም ዝኾነ ንምርኣይ ኣብዚ ክፈትዎ። ንሱ ጥራይ እዩ ዝብል፤ ዝቐየርዎ ምሳታቶም ይጸንሕ።</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>ቅድሚ ሕጂ ዝለኣኽኩምዎ (&amp;B)</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>መልሲ ክፈቱ (&amp;W)…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>ንሓሳባትኩም ዝሃብዎ መልሲ ክፈቱ</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>ነፍሲ ወከፍ ሓሳብ እንታይ ከም ዝኾነ ዝሕብር ካብኦም ዝመጸ ፋይል</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ገና መልሲ የለን</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ተወሲኹ</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>ብለውጢ ተወሲኹ</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} ነዚ ኣይወሰኽዎን</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ገና ኣይተወሰነን</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(ድሒሩ ዝተደምሰሰ ንድፊ)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}፡ ን{name}፦ {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}፡ ን{name}፦ {what}። ገና መልሲ የለን።</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>ገና ዝተለኣኸ የለን።</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>መልሲ ክፈቱ</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>መልስታት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>እቲ መልሲ ይኽፈትን ይረጋገጽን ኣሎ…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} መሊሶም። ነፍሲ ወከፍ ሓሳብ እንታይ ከም ዝኾነ ኣብ ታሕቲ ይርአ።</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>ዝለኣኹ ንድፍታት</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>ዝተመርጹ ንድፍታት፦ {0}።</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>ንድፍታት (&amp;D)</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>ንመን እዩ</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>ን (&amp;F)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>መጀመርታ ካርድ እቲ መንእሰይ ወስኹ (ካርድ እቲ መንእሰይ ወስኹ…)።</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>ሓሳባት ን{name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>ነቶም ሓሳባት ዓቅቡ</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>ሓሳባት (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>ን{name} %n ሓሳብ ተዓቂቡ። ነቲ ፋይል ሃብዎም።</numerusform>
            <numerusform>ን{name} %n ሓሳባት ተዓቂቦም። ነቲ ፋይል ሃብዎም።</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>ገና ካርድኩም እንተ ዘይወሲኾም፡ ካርድኩም እውን ሃብዎም (ካርደይ…)። ኣብ ኣፕሊኬሽኖም ሰባት፡ ድሕሪኡ “ካርድ ናይ ሓደ ሰብ ወስኹ…” ይመርጹ፤ ድሕሪኡ ሓሳባት፡ ድሕሪኡ “ሓሳባት ክፈቱ…” ነዚ ፋይል ንምኽፋት።</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>ነቶም ቁጽርታት ኣወዳድሩ</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>እዚ ፋይል በቲ እዞም ቁጽርታት ዘለዉዎ ካርድ ተፈሪሙ፤ እቲ ካርድ ስሙ {0} እዩ ይብል። እቲ ሰብ ኣብ ካርዶም ዘለዉ ቁጽርታት ከንብቡ ሕተትዎም፡ ገጽ ንገጽ ወይ ብተሌፎን። ሓደ ዓይነት እንተ ኾይኖም፡ እዚ ካርድ ብሓቂ ናቶም እዩ።</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>ቁጽርታት እቲ ካርድ፦</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>ይሰማምዑ እዮም፡ ከም ዝተረጋገጸ ምልክት ግበር (&amp;M)</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>ይሰማምዑ እዮም፡ ከም ዝተረጋገጸ ምልክት ግበር</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>ሕጂ ኣይኮነን (&amp;N)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>እዚ ፋይል ምሉእ እዩ፡ በቲ ቁጽርታቱ {numbers} ዝኾነ ካርድ ተፈሪሙ - መጀመርታ ብ{first} ዝተራእየ፡ ብ{checked} ገጽ ንገጽ ዝተረጋገጸ።</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>እዚ ፋይል ምሉእ እዩ፡ በቲ ቁጽርታቱ {numbers} ዝኾነ ካርድ ተፈሪሙ - መጀመርታ ብ{first} ዝተራእየ፡ ገና ገጽ ንገጽ ዘይተረጋገጸ።</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>ተታሒዙ፡ ኣይተኸፍተን፦ እዚ ፋይል ካብ {name} እየ ይብል፡ ግን ካብቲ እትፈልጥዎ {name} ዝተፈልየ ካርድ እዩ ፈሪምዎ። ቅድሚ ምእማንኩም ነቶም ቁጽርታት ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>ተኸፊቱ።</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>ነዚ ንምግባር ኣብዚ ኮምፒተር እኹል ቦታ የለን። ዝጠፍአ የለን። ቦታ ኣጽንዩ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>እዚ ፋይል ድሮ ይኽፈት ኣሎ። ክሳብ ዝውዳእ ተጸበዩ፡ ድሕሪኡ ደጊምኩም ርኣዩ።</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>ተጠባባቒ ቅዳሕ ይዕቀብ ኣሎ። ምስ ወድአ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>በጃኹም ሓንሳብ ብመሕለፊ ቃልኩም ክፈቱ፡ ድሕሪኡ እዚ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>ብዘይ እቲ ቀደማይ ሓድሽ መሕለፊ ቃል ንምምራጽ፡ መጀመርታ ብናይ ምምላስ ኮድኩም ክፈትዎ።</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>እቲ መሕለፊ ቃል ቀልጢፉ ምተገመተ። ሒደት ቃላት ብሓባር ፈትኑ።</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>ካብ ክልተ ዝተፈላለዩ ሰባት ክልተ ቁራጻት የድልዩ። ሓደ ቁራጽ በይኑ ዋላ ሓንቲ ኣይከፍትን።</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>እዚ ክልተ ግዜ ሓደ ቁራጽ እዩ። ንኻልኣይ ሰብ ቁራጹ ሕተቱ።</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>ሓደ ካብዞም ቁራጻት ሓደስቲ ቅድሚ ምግባርኩም ዝነበረ እዩ፡ ስለዚ ድሕሪ ሕጂ ዋላ ሓንቲ ኣይከፍትን። ነቲ ሰብ እቲ ሓድሽ ቁራጽ ሕተቱ።</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>እዞም ቁራጻት ናይዚ ደብተር ኣይኮኑን። ነፍሲ ወከፍ ሰብ ናይ መን ቁራጽ ከም ዘለዎ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>እዚ ደብተር ገና እሙናት ሰባት የብሉን፡ ስለዚ ቁራጻት ክኸፍትዎ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>እዚ መሕለፊ ቃሉ ወይ ናይ ምምላስ ኮዱ ኣይኮነን፡ ስለዚ ዝተደምሰሰ የለን። ብዘይ ሓደ ካብኣቶም ካብቲ ኣፕሊኬሽን ክድምሰስ ኣይክእልን።</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>እዚ ኣይከፍቶን። ኣጻሕሕፋ ኣረጋግጹ፡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>ፋይል መዕጸዊ ናይዚ ደብተር ዝተተንከፈ ይመስል፡ ስለዚ ኣይተጠቐምናሉን።</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>ፋይል መዕጸዊ ናይዚ ደብተር ተበላሽዩ ወይ የለን። ተጠባባቒ ቅዳሕ ክመልሶ ይኽእል።</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>እዚ ብሓድሽ ስሪት ናይቲ ኣፕሊኬሽን እዩ ተሰሪሑ። በጃኹም ነቲ ኣፕሊኬሽን ኣሐድስዎ።</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>ሓበሬታ ናይዚ ደብተር ክንበብ ኣይከኣለን። ተበላሽዩ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>ኣብዚ ኮምፒተር ድሮ በዚ ስም ዝተሰምየ ኣሎ። ካልእ ስም ፈትኑ።</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>ኣብዚ ኮምፒተር በዚ ስም ዝተሰምየ ደብተር የለን።</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>ተዓጽዩ ነይሩ። ንምቕጻል ክፈትዎ።</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>እዚ ኣብ መንጎ ደው ኢሉ፡ ካብኡ ዝተዓቀበ የለን።</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>እዚ ዓይነት ፕሮፋይል እዚ ክገብር ኣይክእልን።</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>እዚ ክኽፈት ዝኽእል ፋይል ኣይኮነን (ፎልደር ወይ መሳርሒ ክኸውን ይኽእል)።</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>እቲ ዘካፈለ ሰብ ንምንባብ ጥራይ ገዲፍዎ፡ ስለዚ ናብ መዛግብቲ ክቕዳሕ ኣይክእልን። ክኸውን እንተ ኣለዎ፡ ደጊሞም ከካፍልዎን ነዚ ክፈቕዱን ሕተትዎም።</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>እዚ ፋይል ተታሒዙ ኣሎ፦ ካብ እትፈልጥዎ ሰብ እየ ይብል፡ ግን ካልእ ካርድ እዩ ፈሪምዎ። መጀመርታ ነቶም ቁጽርታት ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>እዚ ብመሕለፊ ቃል እዩ ተኻፊሉ፡ ብካርድኩም ኣይኮነን፡ ስለዚ ኣፕሊኬሽኖም መልሲ ካባኹም ከም ዝመጸ ክፈልጥ ኣይክእልን። ኣብ ክንድኡ ገጽ ንገጽ ንገርዎም።</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>እዚ መልሲ ካብቲ ዘካፈልኩምዎ ሰብ ኣይኮነን፡ ወይ ብዛዕባ ምስኦም ዘካፈልኩምዎ ኣይኮነን፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>እዚ መልእኽቲ ካብቲ ዘካፈልኩምዎ ሰብ ኣይኮነን፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>እዚ ፋይል ንኻልእ ሰብ እዩ ተሰሪሑ፡ ስለዚ ኣብዚ ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>እዚ ፋይል በቲ ዝሰርሖ ሰብ ኣይተፈረመን፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>ፌርማ ናይዚ ፋይል ኣይሰማማዕን። ኣብ መንገዲ ተቐይሩ ክኸውን ይኽእል፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>እዚ ፋይል ካርዶም ዘይወሰኽኩምዎ ሰብ እዩ መጺኡ፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>ግዜ ናይዚ ፋይል ኣኺሉ፡ ስለዚ ድሕሪ ሕጂ ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>እቲ ነዚ ፋይል ዘካፈለ ሰብ ድሕሪኡ ኣብ ክንድኡ ሓድሽ ኣካፊሉ። ነቲ ሓድሽ ፋይል ክፈቱ።</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>እቲ ነዚ ፋይል ዘካፈለ ሰብ ሰሒብዎ፡ ስለዚ ክኽፈት ኣይክእልን።</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>እዚ ፋይል ካብቲ ዝተኻፈለ ፋይል ክኸውን ዝኽእል ይዓቢ፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>እዚ ፋይል ብሓድሽ ስሪት ናይቲ ኣፕሊኬሽን እዩ ተሰሪሑ። ንምኽፋቱ በጃኹም ነቲ ኣፕሊኬሽን ኣሐድስዎ።</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>እዚ ፋይል ብዝኣረገ ስሪት ናይቲ ኣፕ እዩ ተሰሪሑ። ነቲ ዝለኣኾ ሰብ ነቲ ኣፕ ከሐድሶን ደጊሙ ክልእኮን ሕተትዎ።</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>እቲ መሕለፊ ቃል ነዚ ፋይል ኣይከፍቶን። ነቶም ቁጽርታት ኣረጋግጹ፡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>እዚ ፋይል ብመሕለፊ ቃል ተዓጽዩ ኣሎ። ነቲ ዘካፈለ ሰብ ሕተቱ።</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>እዚ ፋይል ንምኽፋቱ ካብቲ እቲ ኣፕሊኬሽን ዝጥቀመሉ ኣዝዩ ዝበዝሐ ስራሕ ይሓትት፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>እዚ ፋይል ተበላሽዩ ወይ ኣብ መንገዲ ተቐይሩ፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>እዚ ፋይል ክኽፈት ኣይከኣለን፡ ካብኡ ዝተዓቀበ ድማ የለን።</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>እዚ ፋይል ተጠባባቒ ቅዳሕ ኣይኮነን፡ ወይ ተበላሽዩ ወይ ተቖሪጹ። ዝተመልሰ የለን።</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>እዚ ካርድ ብዝኣረገ ስሪት ናይቲ ኣፕ እዩ ተሰሪሑ፡ ካብዚ ሰብ ድማ ዝሓደሰ ካርድ ኣለኩም፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>እዚ ካብዚ ኣፕሊኬሽን ዝመጸ ፋይል ካርድ ኣይኮነን፡ ወይ ተበላሽዩ።</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>እቲ ፋይል ንምውሳኽ ኣዝዩ ዓቢ እዩ (ደረቱ 50 MB እዩ)።</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>እቲ ፋይል ንምኽፋት ኣዝዩ ዓቢ እዩ።</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>እዚ ድሕሪ ሕጂ ኣብዚ የለን። ተደምሲሱ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>እዚ ካብ ዘይወሰኽኩምዎ ሰብ እዩ መጺኡ። እንተ ኣሚንኩምዎም፡ መጀመርታ ካርዶም ወስኹ፡ ድሕሪኡ ደጊምኩም ክፈትዎ። ካብኡ ዝተዓቀበ የለን።</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>እዚ ንዓኹም ዝኸውን ሓሳብ ኣይኮነን፡ ስለዚ ኣይተኸፍተን።</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>እዚ ብዛዕባ ዘካፈልኩምዎ ነገር ዝኸውን መልእኽቲ ኣይኮነን፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>እዚ መልሲ ካብቲ ነቶም ሓሳባት ዝሰደድኩምሉ ሰብ ኣይኮነን፡ ወይ ብዛዕባኦም ኣይኮነን፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>እዚ ንሓሳባትኩም ዝተዋህበ መልሲ ኣይኮነን፡ ስለዚ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>እዚ ቁራጽ ንኻልእ ሰብ ዝተሰርሐ እዩ፡ ስለዚ ኣይተዓቀበን።</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>ካብዚ ሰብ ዝሓደሰ ቁራጽ ድሮ ትዕቅቡ ኣለኹም፡ ስለዚ እዚ ዝኣረገ ኣይተዓቀበን።</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>እቲ ናይ ምምላስ ኮድ ነዚ ተጠባባቒ ቅዳሕ ኣይከፍቶን። ነዚ ተጠባባቒ ቅዳሕ ክትዕቅቡ ከለኹም ዝነበረኩም ኮድ ተጠቐሙ፡ ነፍሲ ወከፍ ጉጅለ ድማ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>እዚ ፋይል ካብቲ ተጠባባቒ ቅዳሕ ክኸውን ዝኽእል ይዓቢ፡ ስለዚ ዝተመልሰ የለን።</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>መጀመርታ ናይ ምምላስ ኮድ ጽሓፉ።</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>እቲ ኮድ ሓጺር እዩ፦ ካብቶም 28 ፊደላትን ቁጽርታትን {0} ጥራይ ኣለዉዎ።</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>እቲ ኮድ ነዊሕ እዩ፦ {0} ፊደላትን ቁጽርታትን ኣለዉዎ፡ ኮድ ግን 28 እዩ ዘለዎ።</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>ናይ ምምላስ ኮድ እዚኣቶም ፈጺሙ የብሉን፦ {0}። ነፍሲ ወከፍ ፊደል ምስቲ ወረቐት ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>መጀመርታ ቃላት ናይ ሓደ ቁራጽ ጽሓፉ።</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>ሓደ ቁራጽ 20 ቃላት ኣለዎ፡ እዚ ግን {0} ኣለዎ። ኩሉ ቃል ከም ዘሎ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>“{0}” ካብቶም ቁራጻት ዝጥቀሙሎም ቃላት ኣይኮነን። ኣጻሕሕፋኡ ምስቲ ቁራጽ ኣወዳድሩ።</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>ሓደ ቃል ናይዚ ቁራጽ ብጌጋ ተጻሒፉ፡ ወይ ክልተ ቦታ ተለዋዊጦም። ደጊምኩም ኣንብብዎ።</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>ኣብኡ ገለ ቅኑዕ ዘይኮነ ኣሎ፦ {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>እቲ ፋይል ክንበብ ወይ ክዕቀብ ኣይከኣለን። ቦታ ከም ዘሎን ኣብኡ ክትጽሕፉ ከም እትኽእሉን ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>ገለ ነገር ተጋግዩ። ዝተቐየረ የለን።</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>ዓቐን ጽሑፍ፡ ሕብርታት፡ ምዕጻው፡ መሕለፊ ቃልን ተጠባባቒ ቅዳሕን (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ምድላዋት</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>ስምን ትርኢትን</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ናይ ምምላስ ኮድ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>እሙናት ሰባት</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>ዝዕቅቦም ቁራጻት</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>ገጻት ምድላዋት</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>ነቲ ስም ዓቅቡ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>ነቲ ስም ዓቅቡ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ስም (&amp;N)</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>ነዚ ኮምፒተር ዝጥቀም ዝኾነ ሰብ ነዚ ስም ክርእዮ ይኽእል።</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>ዓቐን ጽሑፍ ብሚእታዊት</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>ዓቐን ጽሑፍ (&amp;T)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ሕብርታት</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ብሩህ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ጸልማት</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ልዑል ፍልልይ</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>ሕብርታት (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>ቀሊል ንባብ፦ ሓጸርቲ ምሉኣት ሓሳባት፡ ዝዓበየ ጽሑፍን ስእልታትን (&amp;E)</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>ቀሊል ንባብ</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>ተዓቂቡ። ንምርኣዩ ምድላዋት ዕጸውዎ።</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>ተዓቂቡ። ምድላዋት ምስ ዓጸኹም እቲ ኣፕሊኬሽን ናብኡ ይቕየር።</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>ተዓቂቡ። ሕጂ {0} ይበሃል።</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>ዓቐን ጽሑፍ ካብ {low} % ክሳብ {high} % እዩ። ሕጂ {now} % እዩ።</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>ዕጸዉ ወይ ሕጂ ሕብኡ ምስ ጠወቕኩም እውን ይዕጾ።</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> ደቒቕ</numerusform>
            <numerusform> ደቓይቕ</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>ተጠባባቒ ቅዳሕ ሓደ ፋይል እዩ። ምሉእ ደብተርኩም ኣብ ውሽጡ ኣሎ። ናይ ምምላስ ኮድኩም ይኸፍቶ። ነቲ ፋይል ብድሕንነት ዓቅብዎ። ካብዚ ላፕቶፕ ርሒቕኩም ዓቅብዎ፡ ንኣብነት ኣብ USB።</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>ድሕሪ እዚ ክንደይ ደቓይቕ ብዘይ ስራሕ ባዕሉ ይዕጾ</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>ባዕሉ ይዕጾ ድሕሪ (&amp;L)</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>ዕጸዉ ወይ ሕጂ ሕብኡ (Ctrl+Shift+H) ምስ ጠወቕኩም እውን ብቕጽበት ይዕጾ።</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>ናይ ሕጂ መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>ናይ ሕጂ መሕለፊ ቃል (&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>መሕለፊ ቃል ቀይሩ (&amp;H)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>መሕለፊ ቃል ቀይሩ</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>ኣብዚ መሕለፊ ቃልኩም ክትቕይሩ ትኽእሉ። ነቲ ሕጂ እትጥቀሙሉ ጽሓፉ። ድሕሪኡ ሓድሽ ክልተ ግዜ ጽሓፉ።</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>ይቕየር ኣሎ…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>ተወዲኡ። ኣብ ዝመጽእ ሓድሽ መሕለፊ ቃልኩም ተጠቐሙ።</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>ተጠባባቒ ቅዳሕ ምሉእ ደብተርኩም ዝሓዘ ሓደ ፋይል እዩ። ናይ ምምላስ ኮድኩም ይኸፍቶ። ካብዚ ላፕቶፕ ርሒቕኩም ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>ተጠባባቒ ቅዳሕ ዓቅቡ (&amp;B)…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>ተጠባባቒ ቅዳሕ ዓቅቡ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> መዓልቲ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ፈጺሙ</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>ድሕሪ እዚ ክንደይ መዓልቲ ተጠባባቒ ቅዳሕ ክዕቅብ ኣዘኻኽሩኒ (0: ፈጺሙ)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>ኣዘኻኽሩኒ ድሕሪ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>እዚ እንታይ እዩ</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>ስም ሃብዎ</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>መሕለፊ ቃል ምረጹ</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ናይ ምምላስ ኮድኩም</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ይሰርሕ ኣሎ</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>ብውሑስ መንገዲ ይዕጾ ኣሎ… ቁሩብ ግዜ ይወስድ።</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ንድሕሪት (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>ቀሊል ንባብ፦ ሓጸርቲ ምሉኣት ሓሳባት፡ ዝዓበየ ጽሑፍን ስእልታትን (&amp;E)</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>ቀሊል ንባብ</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>ብዛዕባኹም ኣገዳሲ ዝኾነ ኣብ ሓደ ቦታ ዓቅቡ። ሽዑ ታሪኽኩም ደጊምኩም ክትነግሩ የብልኩምን።</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>ናትኩም እዩ። ንስኹም እንተ ዘይበልኩም ዝካፈል የለን።</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>ኣብዚ ኮምፒተር ይጸንሕ። ተዓጽዩ እዩ። መሕለፊ ቃሉ ዝፈልጥ ንስኹም ጥራይ ኢኹም።</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>ናይ ሞያዊ ሰራሕተኛ ፕሮፋይልኩም</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>ናይ ሞያዊ ሰራሕተኛ ፕሮፋይልኩም፡ መንእሰያት ምሳኹም ዘካፍልዎም ደብተራት ይሕዝ፡ ምእንቲ ከተንብብዎምን ክትሕትምዎምን።</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>መጀመርታ ካርድኩም ንነፍሲ ወከፍ መንእሰይ ሃቡ። ዘካፍልዎ ንዓኹም ጥራይ እዩ ዝሰርሕ፡ እቲ ዝመረጽዎ ግዜ ምስ ኣኸለ ድማ ይድምሰስ።</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>ኣብዚ ኮምፒተር ይጸንሕ፡ ንስኹም ጥራይ እትፈልጥዎ መሕለፊ ቃል ተዓጽዩ። ብኢንተርነት ዝለኣኽ የለን።</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>ንሓደ መንእሰይ ሓግዙ</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>ሓደ መንእሰይ ደብተሩ ሓድሽ ኮይኑ ክጸንሕ ሓግዝዎ፦ ከም ዝሕግዞ እትፈልጥዎ ጽሓፉ፡ ንሱ ክውስኾ ዝመርጾ ሓሳባት ኮይኑ ድማ ስደድዎ።</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>ንሳቶም ይውስኑ። ነፍሲ ወከፍ ሓሳብ ከም ዘለዎ ክውሰኽ፡ ክቕየር ወይ ክግደፍ ይኽእል። ባዕሎም እንተ ዘይመሪጾም ናብ ደብተሮም ዝኣቱ የለን።</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>ንድፍታትኩም ኣብዚ ኮምፒተር ይጸንሑ፡ ንስኹም ጥራይ እትፈልጥዎ መሕለፊ ቃል ተዓጽዮም።</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>ናይ ህጹጽ ሓገዝ ኣገልግሎት ኣይኮነን። ንስኹም ወይ እቲ መንእሰይ ሕጂ ሓገዝ እንተ ደሊኹም፡ ናብ Samaritans 116 123 ደውሉ ወይ SHOUT ናብ 85258 ብመልእኽቲ ስደዱ። ኣብ ሓደጋ፡ ናብ 999 ደውሉ።</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>ናትኩም ዝኾነ ቦታ</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>ብዛዕባኹም ኣገዳሲ ዝኾነ ኣብ ሓደ ቦታ ዓቅቡ፦ መን ምዃንኩም፡ እንታይ ከም እትኽእሉ፡ እንታይ ከም ዝሕግዘኩምን መን ኣገዳሲ ምዃኑን። ሽዑ ሓደ ነገር ብዝተቐየረ ቁጽሪ ታሪኽኩም ደጊምኩም ክትነግሩ ኣየድልየኩምን።</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>ናትኩም እዩ። ባዕልኹም ከተካፍሉ እንተ ዘይመሪጽኩም ዝካፈል የለን።</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>ኣብዚ ኮምፒተር ይጸንሕ፡ ንስኹም ጥራይ እትፈልጥዎ መሕለፊ ቃል ተዓጽዩ።</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>ኣብዚ ኮምፒተር ዝኾነ ሰብ ነዚ ስም ክርእዮ ይኽእል። ኣብ ውሽጡ እንታይ ከም ዘሎ ክገልጽ ኣየድልዮን።</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>ናትኩም ዝመስል ስም ምረጹ። ድሒርኩም ክትቕይርዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>ሕጂ ጥራይ ኢኹም እትርእይዎ። መሕለፊ ቃልን እዚ ኮድን እንተ ጠፊኦምኹም፡ ዝኾነ ሰብ ክኸፍቶ ኣይክእልን። ንሕና እውን። እሙናት ሰባት ክትምለሱ ክሕግዙኹም ይኽእሉ፦ ድሒርኩም ኣብ ምድላዋት ምረጽዎም።</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>እዚ ዝርአየሉ እንኮ ግዜ እዩ። መሕለፊ ቃልኩምን እዚ ኮድን ክልቲኦም እንተ ጠፊኦምኹም፡ እሙናት ሰባት እንተ ዘየዳለኹም (ምድላዋት፡ ድሕሪኡ እሙናት ሰባት)፡ ዝኾነ ሰብ ደብተርኩም ክኸፍቶ ኣይክእልን፡ ንሕና እውን። ክልተ ካብኣቶም ክትምለሱ ክሕግዙኹም ይኽእሉ።</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>ስም (&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>ንኣብነት፦ ታሪኸይ</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>ሓሳባት፦</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>ታሪኸይ</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>ብዛዕባይ ኩሉ</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>ሰማያዊ ደብተር</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>ስም {0} ተጠቐሙ</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>እዚ ኣፕሊኬሽን ንህጹጽ ኩነታት ኣይኮነን። ሕጂ ሓገዝ የድልየኩም ድዩ? እዚኦም ብነጻ እዮም፡ ለይትን መዓልትን፦</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>ናይ ህጹጽ ሓገዝ ኣገልግሎት ኣይኮነን። ሕጂ ብቕልጡፍ ሓገዝ እንተ ደሊኹም፡ እዚኦም ብነጻ እዮም፡ ለይትን መዓልትን፦</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>ነዚ ኮምፒተር ዝጥቀም ዝኾነ ሰብ ነዚ ስም ክርእዮ ይኽእል፡ ስለዚ መሸፈኒ ክኸውን ይኽእል፦ ኣብ ውሽጡ ዘሎ ክገልጽ ኣየድልዮን።</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>እዚ ስም ኣብዚ ኮምፒተር ኣብ ዝርዝር ይርአ። ድሒርኩም ክትቕይርዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>ሞያዊ ሰራሕተኛ</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>ስራሕ ጉዳያት</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>ንኣብነት፦ ስራሕ</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>ነዚ ኮምፒተር ዝጥቀም ዝኾነ ሰብ ነዚ ስም ክርእዮ ይኽእል።</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ሓሳባት</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>መዘኻኸሪታት ገዛ</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>ንኣብነት፦ ሓገዝ</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>ነዚ ኮምፒተር ዝጥቀም ዝኾነ ሰብ ነዚ ስም ክርእዮ ይኽእል፡ ስለዚ ስም እቲ መንእሰይ ዘይምጥቃም ይሓይሽ።</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>እዚ ይኸፍቶ። ንስኹም እትዝክርዎ ግን ካልኦት ዘይግምትዎ ሒደት ቃላት ጽቡቕ ይሰርሕ፡ ከም &quot;ሊላ ጀበና ብሰሉስ&quot;።</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>እዚ ይኸፍቶ። እትዝክርዎ ሒደት ቃላት ተጠቐሙ። ንኣብነት፦ ሊላ ጀበና ብሰሉስ።</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>መሕለፊ ቃል (&amp;P)</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>መሕለፊ ቃልኩም እንተ ረሲዕኩም፡ ኣብ ክንድኡ እዚ ኮድ ይኸፍቶ። ጽሓፍዎ ወይ ሕተምዎ፡ ካብዚ ኮምፒተር ርሒቕኩም ድማ ኣብ ውሑስ ቦታ ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>መሕለፊ ቃልኩም ረሲዕኩም? ኣብ ክንድኡ እዚ ኮድ ይኸፍቶ። ጽሓፍዎ። ካብዚ ኮምፒተር ርሒቕኩም ብድሕንነት ዓቅብዎ።</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>እዚ ዝርአየሉ እንኮ ግዜ እዩ። መሕለፊ ቃልኩምን እዚ ኮድን ክልቲኦም እንተ ጠፊኦምኹም፡ ዝኾነ ሰብ ነዚ ፕሮፋይል ወይ ምሳኹም ዝተኻፈለ ክኸፍቶ ኣይክእልን፡ ንሕና እውን።</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>እዚ ዝርአየሉ እንኮ ግዜ እዩ። መሕለፊ ቃልኩምን እዚ ኮድን ክልቲኦም እንተ ጠፊኦምኹም፡ ዝኾነ ሰብ ነዚ ፕሮፋይል ወይ ንድፍታትኩም ክኸፍቶ ኣይክእልን፡ ንሕና እውን።</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>ስጉምቲ {0} ካብ {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ቀጻሊ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>ግበሮ (&amp;M)</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>ዓቂበዮ ኣለኹ፡ ጀምር (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>ተሳሒቡ</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>ብሓድሽ ተተኪኡ</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>ግዜኡ ኣኺሉ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፉት</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}፤ ብ{1} ከፊቶምዎ</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}፤ ብ{1} መልሲ ሂቦም</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>ዝተኻፈለሉ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>እንታይ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>ድሒሩ ዝተደምሰሰ ጽሑፍ</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>ን{0}፦ {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>ነዚ ምክፋል ዝተዋህቡ መልስታት</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} ብ{date} መልሲ ሂቦም</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>{name} ብዛዕባ ‘{title}’ ዝገብርዎ፦ {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>ኣካፍሉ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ንድሕሪት (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>እንታይ ከተካፍሉ ትደልዩ?</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>ኩሎም ሕጂ ኣገዳሲ ዝኾኑ ጽሑፋተይ ምረጽ (&amp;I)</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>ኩሎም ሕጂ ኣገዳሲ ዝኾኑ ጽሑፋተይ ምረጽ</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>ምርጫይ ኣጽሪ (&amp;L)</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>ምርጫይ ኣጽሪ</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>ጽሑፋት፡ ብክፋል (&amp;E)</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>ዝካፈሉ ጽሑፋት</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ጽሑፋት</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>ገና ዝተመርጸ የለን።</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>ስእሊ፦ {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>ድምጺ፦ {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>ፋይል፦ {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>ንመን እዩ?</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>ካርዶም ዘለኒ ሰብ (&amp;C)</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>ካርዶም ዘለኒ ሰብ</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>ካርድ ናይቲ ኣፕሊኬሽን ዘይብሉ ሰብ (&amp;W)</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>ካርድ ናይቲ ኣፕሊኬሽን ዘይብሉ ሰብ</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>ካርዶም ዘለኩም ሰባት</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>ገና ናይ ዝኾነ ሰብ ካርድ ኣይወሰኽኩምን። ኣብ ገጽ ሰባት ሓደ ወስኹ፡ ወይ ካርድ ናይቲ ኣፕሊኬሽን ምስ ዘይብሉ ሰብ ኣካፍሉ።</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>ስሞም (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>ስምኩም፡ ከምቲ ንሳቶም ዝርእይዎ (&amp;Y)</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>ስሞም</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>ከተካፍልዎ እትደልዩ ምልክት ግበሩ። ካልእ ዝኸይድ የለን።</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>ምልክት ክሳብ እትገብሩ ዝተመርጸ የለን። ምልክት እንተ ዘየልዐልኩም፡ ስእልታትን ድምጽታትን ምስ ጽሑፎም ይኸዱ።</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(ሕጂ ኣገዳሲ)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ኣብ ላዕሊ ኣቐምጡ (&amp;F)</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም፦ ንምክፋሉ ኣብ ቀንዲ ገጽ ጽሓፍዎ</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ኣካፍሉ</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n ጽሑፍ ተመሪጹ።</numerusform>
            <numerusform>%n ጽሑፋት ተመሪጾም።</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>ገና ካርድ የብልኩምን። ኣብ ገጽ ሰባት ሓደ ወስኹ።</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>ንኣብነት፦ Ms Green ኣብ ቤት ትምህርቲ</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>እቲ ኣፕሊኬሽን ንፋይል መሕለፊ ቃል ይገብር። ብኣፍ ንገርዎም። ምስቲ ፋይል ፈጺምኩም ኣይትስደድዎ።</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>እቲ ኣፕሊኬሽን ነቲ ፋይል መሕለፊ ቃል ክገብረሉ እዩ። ንስኹም ብኣፍ ትነግርዎም፡ ገጽ ንገጽ ወይ ብተሌፎን፡ ፈጺሙ ምስቲ ፋይል ኣብ ሓደ መልእኽቲ ኣይኮነን።</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>ገና ቁጽርታት ካርድ ምስ {0} ኣየረጋገጽኩምን። ክተካፍሉ ትኽእሉ ኢኹም። ግን ቅድም ነቶም ቁጽርታት ምሳታቶም እንተ ኣረጋገጽኩም ይሓይሽ። ኣብ ገጽ ሰባት ግበርዎ።</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>ገና ቁጽርታት ካርድ ምስ {0} ኣየወዳደርኩምን። ክትካፈሉ ትኽእሉ ኢኹም፡ ግን እንተ ተኻኢሉ፡ መጀመርታ ነቶም ቁጽርታት ምሳታቶም ኣረጋግጹ (ኣብ ገጽ ሰባት)።</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>ክሳብ መዓስ?</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>ስለምንታይ ኢኹም ተካፍልዎ ዘለኹም?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ስምኩም</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>ክሳብ መዓስ፡ ስለምንታይከ?</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>ግዜኡ ምስ ኣኸለ፡ ኣፕሊኬሽኖም ይድምስሶ።</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 ወርሒ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>&amp;1 ሰሙን</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 ወርሒ</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>ክሳብ ሓደ ዕለት (&amp;D)፦</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>ክሳብ እዛ ዕለት</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>ስለምንታይ? ንሳቶም ክርእይዎ እዮም። (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>ስለምንታይ ኢኹም ተካፍልዎ ዘለኹም? ንሳቶም ክርእይዎ እዮም። (&amp;W)</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>ስለምንታይ ከም እተካፍልዎ</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>ንኣብነት፦ ናብ ሓድሽ ቤት ትምህርቲ ምቕያር</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>ስምኩም፡ ከምቲ ንሳቶም ዝርእይዎ</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>ቅድመ ርእይቶ ናይቲ ዝተኻፈለ ፋይል</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>እዚ ብልክዕ {0} ዝርእይዎ እዩ</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>እዚ ነቲ ብ{1} ምስ {0} ዘካፈልኩምዎ ይትክኦ። ነዚ ምስ ከፈቱ፡ ኣፕሊኬሽኖም ነቲ ቀደማይ ይድምስሶ።</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>እዚ ነቲ ብ{1} ምስ {0} ዘካፈልኩምዎ ይትክኦ። ነዚ ምስ ከፈቱ ኣፕሊኬሽኖም ነቲ ቀደማይ ይድምስሶ።</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>ኣብ ዝሓለፈ ግዜ፡ ሰባት ቅድም ክፈልጥዎ ዘለዎም ናብ {0} ከይዱ ነይሩ። ምልክት እንተ ዘይገበርኩምሉ፡ ኣብዚ ግዜ ኣይኸይድን።</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>ኣብ ዝሓለፈ ግዜ፡ ሰባት ቅድም ክፈልጥዎ ዘለዎም ናብ {0} ከይዱ ነይሩ። ሕጂ ባዶ እዩ። ስለዚ ኣብዚ ግዜ ኣይኸይድን።</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ምስቲ ን{0} ዝገበርኩምዎ ናይ መወዳእታ ምክፋል ከይዱ ነይሩ። ምልክት እንተ ዘይገበርኩምሉ ምስዚ ኣይኸይድን።</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>ሰባት ቅድም ክፈልጥዎ ዘለዎም ምስቲ ን{0} ዝገበርኩምዎ ናይ መወዳእታ ምክፋል ከይዱ ነይሩ። ሕጂ ባዶ እዩ፡ ስለዚ ምስዚ ኣይኸይድን።</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>ሓድሽ፦ ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>ዝተቐየረ፦ ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>ድሕሪ ሕጂ ዘይካፈል፦ ሰባት ቅድም ክፈልጥዎ ዘለዎም</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>ሓድሽ፦ {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>ዝተቐየረ፦ {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>ድሕሪ ሕጂ ዘይካፈል፦ {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>ድሕሪ ሕጂ ዘይካፈል፦ ዝደምሰስኩምዎ %n</numerusform>
            <numerusform>ድሕሪ ሕጂ ዘይካፈሉ፦ ዝደምሰስኩምዎም %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>ብ{1} ምስ {0} ናይ መወዳእታ ካብ ዘካፈልኩም ጀሚሩ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>ብ{1} ምስ {0} ናይ መወዳእታ ካብ ዘካፈልኩም ጀሚሩ፦ {2}።</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>እቲ ፋይል ይዕቀብ ኣሎ</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>እቲ መሕለፊ ቃል። ብኣፍ ኣንብቡሎም፦</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>ን{0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>እቲ ዝተኻፈለ ፋይል ዓቅቡ</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>ዝተኻፈሉ ፋይላት (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ተዓቂቡ</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n ጽሑፍ</numerusform>
            <numerusform>%n ጽሑፋት</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>“{0}” ተዓቂቡ። ን{2} {1} ሒዙ ኣሎ፡ ክሳብ መወዳእታ {3}።</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>ናብ መዛግብቶም ክቐድሕዎ ይኽእሉ፤ እቲ ቅዳሕ ድሕሪ ምውዳኡ እውን ይጸንሕ።</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>ነቲ ፋይል ሃብዎም። ብታሕቲ ዘሎ መሕለፊ ቃል ጥራይ እዩ ዝኽፈት።</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>ነቲ ፋይል ሃብዎም፡ ብUSB ወይ ብኢመይል። ክኸፍቶ ዝኽእል ኣፕሊኬሽኖም ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>መሕለፊ ቃል፦ {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>“{0}” ተዓቂቡ። ን{2} {1} ሒዙ ኣሎ። ክሳብ መወዳእታ {3} ይኽፈት።</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>ናብ መዛግብቶም ክቐድሕዎ ይኽእሉ። እቲ ቅዳሕ ድሕሪ ምውዳኡ እውን ይጸንሕ።</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>ነቲ ፋይል ሃብዎም። USB ወይ ኢመይል ተጠቐሙ። ክኸፍቶ ዝኽእል ኣፕሊኬሽኖም ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>ዝተኻፈለ የለን።</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>ስጉምቲ {0} ካብ {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ቀጻሊ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>መጀመርታ ርኣይዎ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>እቲ ፋይል ዓቅቡ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>ተወዲኡ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>ገጻትን ተግባራትን</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>ድምጺ ቅረጹ</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>ድምጽኹም፡ ሙዚቃ ወይ ዝደለኹምዎ ቅረጹ። ኣብዚ ኮምፒተር፡ ኣብ ደብተርኩም ተዓጽዩ ይጸንሕ፡ እንተ ዓቀብኩምዎ ጥራይ።</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ቅረጹ (&amp;R)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ቅረጹ</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>ደረጃ ድምጺ</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>ኣብዚ ኮምፒተር ማይክሮፎን ኣይተረኽበን። ካብ ፋይል ድምጺ ክትውስኹ ግን ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>ነዚ ድምጺ ዓቅብዎ (&amp;K)</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>ነዚ ድምጺ ዓቅብዎ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዕጸዉ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ደርብይዎ (&amp;D)</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>ነዚ ድምጺ ደርብይዎ</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>እቲ ማይክሮፎን ሕጂ ክሰርሕ ኣይክእልን። ከም ዝተተኽለ ኣረጋግጹ፡ ድሕሪኡ ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>ሓደ ድምጺ ክነውሕ ዝኽእል ክሳብ እዚ እዩ። ስምዕዎ፡ ድሕሪኡ ዓቅብዎ ወይ ደርብይዎ።</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>እቲ ማይክሮፎን ደው ኢሉ። ክሳብ ሕጂ ዝተቐድሐ ገና ኣብዚ ኣሎ።</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>ደው ኣብሉ (&amp;P)</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>ምቕራጽ ደው ኣብሉ</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>ይቕረጽ ኣሎ…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>ምቕራጽ ቀጽሉ (&amp;C)</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>ምቕራጽ ቀጽሉ</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>ደው ኢሉ ኣሎ። ክትሰምዕዎ፡ ክትቕጽልዎ፡ ክትዕቅብዎ ወይ ክትድርብይዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>ደረጃ ድምጺ፦ ደው ኢሉ</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>ደረጃ ድምጺ፦ ዝስማዕ የለን</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>ደረጃ ድምጺ፦ ህዱእ</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>ደረጃ ድምጺ፦ ጽቡቕ</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>ደረጃ ድምጺ፦ ኣዝዩ ዓው ዝበለ</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} ተቐዲሑ፡ {left} ተሪፉ</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>ዝቐረጽኩምዎ ድምጺ</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>ኣብዚ ኮምፒተር ንቋንቋ {language} ድምጺ የለን፡ ስለዚ ብዓውታ ክንበብ ኣይክእልን። ኣብ ናይ ባዕሉ ምድላዋት ኮምፒተር ድምጺ ክውሰኽ ይኽእል።</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>ብድምጺ ምንባብ ኣብዚ ኮምፒዩተር ሕጂ ኣይሰርሕን ዘሎ።</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>ብዓውታ ምንባብ ናይ ኮምፒተር ዘረባ የድልዮ፡ ኣብዚ ግን ኣይሰርሕን። ኣብ Linux፡ speech-dispatcher ከምኡ&apos;ውን espeak-ng ምጽዓን የኽእሎ።</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>ምልክት ተገይሩ።</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>ገሊኦም ምልክት ተገይሮም።</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>ምልክት ኣይተገብረን።</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>እዚ ፈተነ እዩ። መሕለፊ ቃሉ፦ {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>ቃላትኩም ተዓቂቦም እዮም</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>ቦታ ኣብ ዘይነበረሉ ዝጸሓፍኩምዎ ሕጂ ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>ናይ ምምላስ ኮድኩም</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>ብዛዕባይ</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>ሰባት ብዛዕባኹም እንታይ ክፈልጡ ትደልዩ?</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>ንሳቶም ሰባት ብዛዕባኦም እንታይ ክፈልጡ ይደልዩ?</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>ሓይልታተይ</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>ኣብ እንታይ ኢኹም ጎበዝ? ሰባት ብዛዕባኹም እንታይ ይፈትዉ?</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>ኣብ እንታይ እዮም ጎበዝ? ሰባት ብዛዕባኦም እንታይ ይፈትዉ?</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>ዝሕግዘኒ</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>ጭንቀት ወይ ሓዘን ምስ ዝስምዓኩም እንታይ ይሕግዘኩም?</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>ጭንቀት ወይ ሓዘን ምስ ዝስምዖም እንታይ ይሕግዞም?</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>ዘይሕግዘኒ</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>እንታይ እዩ ነገራት ዘኽብደልኩም?</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>እንታይ እዩ ነገራት ዘኽብደሎም?</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>ኣገደስቲ ሰባት</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>ንዓኹም ኣገዳሲ መን እዩ?</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>ንዓኦም ኣገዳሲ መን እዩ?</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>ቅድሚ ሕጂ ዝሰርሐ</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>ኣብ ዝሓለፈ እንታይ ሓጊዙኩም?</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>ኣብ ዝሓለፈ እንታይ ሓጊዝዎም?</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>ነገራት ምስ ዝኸብዱ</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>ነገራት ምስ ዝኸብዱኹም ሰባት እንታይ ክገብሩ ኣለዎም?</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>ነገራት ምስ ዝኸብድዎም ሰባት እንታይ ክገብሩ ኣለዎም?</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>ተስፋታትን መደባትን</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>ብሃንቀውታ እትጽበዩዎ እንታይ ኣሎ?</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>ብሃንቀውታ ዝጽበዩዎ እንታይ ኣሎ?</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>ዝመጽኡ ለውጥታት</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>ቀልጢፉ ዝቕየር ነገር ኣሎ ድዩ፡ ከም ምግዓዝ ወይ ሓድሽ ቤት ትምህርቲ?</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>ንዓኦም ቀልጢፉ ዝቕየር ነገር ኣሎ ድዩ፡ ከም ምግዓዝ ወይ ሓድሽ ቤት ትምህርቲ?</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>ቀይርዎ፡ ድሕሪኡ ወስኽዎ</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>ነቲ ሓሳብ ቀይርዎ፡ ድሕሪኡ ወስኽዎ</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>ናትኩም ግበርዎ</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>ብ{name} ዝቐረበ ሓሳብ። ዝደለኹምዎ ቀይሩ፤ ዝዕቀብ እቲ እትውስኽዎ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>ናብ ደብተረይ ወስኽ (&amp;A)</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>ናብ ደብተረይ ወስኽ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>ሕጂ ኣይኮነን፦ ይጽበ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ኣርእስቲ (&amp;T)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>ቃላት</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>ቃላት (&amp;W)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ክፋል</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>ክፋል (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>ሕጂ ኣገዳሲ (&amp;I)</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>ሕጂ ኣገዳሲ</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>ሓሳባት</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>ካብ ዝሕግዙኹም ሰባት ዝመጹ ሓሳባት። ባዕልኹም እንተ ዘይወሲኽኩምዎ ናብ ደብተርኩም ዝኣቱ የለን።</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>ሓሳባት ክፈቱ (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>ፋይል ሓሳባት ክፈቱ</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>እቲ ፋይል ይኽፈት ኣሎ</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>ዝጽበ የለን። ዝሕግዘኩም ሰብ ፋይል ሓሳባት ምስ ሃበኩም፡ ኣብዚ ክፈትዎ።</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>ዝጽበዩኹም ሓሳባት</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>ዝጽበዩኹም (&amp;W)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>ዝቐረበ ሓሳብ</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>እቲ ሓሳብ፡ ኣብ ጎኒ እቲ ዝምልከቶ</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>ናብ ደብተረይ ወስኾ (&amp;A)</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>ከም ዘለዎ ናብ ደብተረይ ወስኾ</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>ቀይሮ፡ ድሕሪኡ ወስኾ (&amp;C)…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>ቀይርዎ፡ ድሕሪኡ ወስኽዎ</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>ኣይፋል፡ የቐንየለይ (&amp;N)…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>ነዚ ሓሳብ ኣይፋል በሉ</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>ኣይፋል፡ የቐንየለይ</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>ኣይፋል፡ የቐንየለይ፦ ነዚ ሓሳብ ግደፍዎ</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>ን“{title}” ኣይፋል፡ የቐንየለይ ትብሉ ዶ? ናብ ደብተርኩም ኣይኣቱን፡ እዚ ሓሳብ እውን ኣብዚ ኣይዕቀብን።</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>ኣይፋል፡ የቐንየለይ፦ “{title}” ናብ ደብተርኩም ኣይኣቱን።</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>ንሕጂ ዓቅቦ</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>ድሮ ኣብ ደብተርኩም ኣሎ</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>ገና ከምኡ ዝመስል የለን።</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>ሓሳባት ክፈቱ</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>ሓሳባት (*{0});;ዝኾነ ፋይል (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>እቲ ፋይል ይኽፈትን ይረጋገጽን ኣሎ…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>ኣብዚ ካብ {name} ዝመጸ ፋይል ዘሎ ኩሉ ድሮ ርኢኹምዎ ኢኹም።</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} ሓደ ሓሳብ ሰዲዶም። ክሳብ እትውስኽዎ ኣብ ደብተርኩም ዝኣቱ የለን።</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} {count} ሓሳባት ሰዲዶም። ክሳብ እትውስኽዎም ኣብ ደብተርኩም ዝኣቱ የለን።</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>መልእኽቶም፦ {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>ተተሓሒዙ፦ {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>ዝተተሓሓዘ ስእሊ፦ {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>“{title}” ናብ {section} ተወሲኹ።</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>ዝወሰንኩምዎ ን{name} ኣፍልጥዎ…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>ዝወሰንኩምዎ ን{name} ኣፍልጥዎ</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>ካብ {name}፡ ን“{section}”</translation>
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
        <translation>ዓቐን ጽሑፍ {0} ሚእታዊት</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>መስርዕ ግዜ</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>ጽሑፋት፡ እቲ ሓድሽ ቅድም</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>ገና ኣብዚ ዝኾነ የለን። ዝጸሓፍኩምዎ ኣብዚ ይርአ፡ እቲ ሓድሽ ቅድም።</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>እቲ ሓድሽ ቅድም፡ ብመዓስ ከም ዘጋጠመ፡ ወይ መዓስ ከም ዝጸሓፍኩምዎ።</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>ዕጸዉ</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>ሕጂ ዕጸውዎ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>ሕጂ ሕብኡ</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>ብቕጽበት ዕጸዉ፡ ባዶ ገጽ ድማ ኣርእዩ (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>ቁጽርታት ተረጋጊጾም</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>ቁጽርታት ገና ኣይተረጋገጹን</translation>
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
        <translation>ሓደ መዓልቲ መሕለፊ ቃልኩምን ናይ ምምላስ ኮድኩምን ክጠፍኡኹም ይኽእሉ። ሽዑ እትኣምንዎም ሰባት ክትምለሱ ክሕግዙኹም ይኽእሉ። ካብ ሰባትኩም ሰለስተ ምረጹ። ነፍሲ ወከፎም ቁራጽ ይወስዱ። ቁራጽ ንእሽቶ ፋይል እዩ። ኣፕሊኬሽኖም ጥራይ እዩ ክኸፍቶ ዝኽእል። ክልተ ቁራጻት ብሓባር የእትውኹም። ሓደ ቁራጽ በይኑ ዋላ ሓንቲ ኣይከፍትን።</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>መሕለፊ ቃልኩምን ናይ ምምላስ ኮድኩምን ክልቲኦም እንተ ጠፊኦምኹም፡ እትኣምንዎም ሰባት ክትምለሱ ክሕግዙኹም ይኽእሉ። ካብ ሰባትኩም ሰለስተ ምረጹ። ነፍሲ ወከፎም ቁራጽ ይወስዱ፦ ኣፕሊኬሽኖም ጥራይ ክኸፍቶ ዝኽእል ንእሽቶ ፋይል። ዝኾኑ ክልተ ቁራጻት ብሓባር የእትውኹም፤ ሓደ ቁራጽ በይኑ ዋላ ሓንቲ ኣይከፍትን።</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>ሰለስተ ሰባት ምረጹ (&amp;C)</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>ሰለስተ ሰባት ምረጹ</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>ዝተመርጹ፦ {0} ካብ 3።</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>ስምኩም፡ ከምቲ እሙናት ሰባትኩም ዝፈልጡኹም (&amp;N)</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>ስምኩም፡ ከምቲ እሙናት ሰባትኩም ዝፈልጡኹም</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>ነፍሲ ወከፍ ቁራጽ ናይ መን ምዃኑ ይገልጽ። ስለዚ ካርድኩም መጀመርታ ስም የድልዮ። እቲ ስም ኣብ ካርድኩም እውን ይኣቱ (ካርደይ)።</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>ነፍሲ ወከፍ ቁራጽ ናይ መን ምዃኑ ይገልጽ፡ ስለዚ ካርድኩም መጀመርታ ስም የድልዮ። ኣብ ካርድኩም እውን ይኣቱ (ካርደይ)።</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>ነዚ ስም ተጠቐሙ (&amp;U)</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>ነዚ ስም ተጠቐሙ</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>መጀመርታ ካርድታት ናይቶም እትኣምንዎም ሰባት ወስኹ። ኣብ ሰባት ግበርዎ። ድሕሪኡ ናብዚ ተመለሱ።</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>መጀመርታ ካርድታት ናይቶም እትኣምንዎም ሰባት ወስኹ (ሰባት)፡ ድሕሪኡ ናብዚ ተመለሱ።</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>ቁራጻቶም ግበሩ (&amp;M)…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>ቁራጻቶም ግበሩ</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>እቶም ቁራጻት ይስርሑ ኣለዉ</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>እሙናት ሰባት</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>ናብ ሰባት ኪዱ (&amp;P)…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>ናብ ሰባት ኪዱ፡ ካርድታት ንምውሳኽ ወይ ቁጽርታቶም ንምርግጋጽ</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>ካርድታት ናይ ሰለስተ ሰባት የድልየኩም። ኣብ ሰባት ካልእ %n ወስኹ።</numerusform>
            <numerusform>ካርድታት ናይ ሰለስተ ሰባት የድልየኩም። ኣብ ሰባት ካልኦት %n ወስኹ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>ካርድታት ናይ ሰለስተ ሰባት የድልየኩም፦ ኣብ ሰባት ካልእ %n ወስኹ።</numerusform>
            <numerusform>ካርድታት ናይ ሰለስተ ሰባት የድልየኩም፦ ኣብ ሰባት ካልኦት %n ወስኹ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>ኣብቲ ዝርዝር ንሰለስተ ሰባት ምልክት ግበሩሎም። ገና %n ሰብ ይተርፍ።</numerusform>
            <numerusform>ኣብቲ ዝርዝር ንሰለስተ ሰባት ምልክት ግበሩሎም። ገና %n ሰባት ይተርፉ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>ኣብቲ ዝርዝር ንሰለስተ ሰባት ምልክት ግበሩሎም፦ ገና %n ሰብ ይተርፍ።</numerusform>
            <numerusform>ኣብቲ ዝርዝር ንሰለስተ ሰባት ምልክት ግበሩሎም፦ ገና %n ሰባት ይተርፉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>ሰለስተ ሰባት ምልክት ተገይሮም።</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>ሰለስተ ፋይላት ኣብ {folder} ተዓቂቦም። ንነፍሲ ወከፍ ሰብ ናቱ ፋይል ሃብዎ። ብኢድኩም፡ ወይ ብUSB ሃብዎ፦</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>ሰለስተ ፋይላት ኣብ {folder} ተዓቂቦም። ንነፍሲ ወከፍ ሰብ ናቱ ፋይል ሃብዎ (ብኢድኩም፡ ወይ ብUSB)፦</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>መጀመርታ ቁጽርታት ካርድ ምስ {0} ኣረጋግጹ። ኣብ ሰባት፡ ኣብ ካርዶም ግበርዎ። ሽዑ እቲ ቁራጽ ናብቲ ቅኑዕ ሰብ ከም ዝኸይድ ትፈልጡ።</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>መጀመርታ ቁጽርታት {0} ምሳታቶም ኣረጋግጹ (ሰባት፡ ድሕሪኡ ካርዶም)፦ ሓደ ቁራጽ ውሑስ ዝኸውን ከምቲ ዝኸዶ ካርድ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>መጀመርታ ቁጽርታት ናይዞም ሰባት ምሳታቶም ኣረጋግጹ (ሰባት፡ ድሕሪኡ ካርዶም)፦ {0}። ሓደ ቁራጽ ውሑስ ዝኸውን ከምቲ ዝኸዶ ካርድ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>እቶም {0} ዘለዉዎም ቁራጻት ሕጂ ኣይሰርሑን። ቅድሚ ደብተርኩም ምምላስኩም እዮም ተገይሮም። ሓደስቲ ቁራጻት ንምግባር ኣብ ታሕቲ ንሰለስተ ሰባት ምልክት ግበሩሎም።</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>እቶም {0} ዝሓዝዎም ቁራጻት ቅድሚ ምምላስ ዝተገብሩ እዮም፡ ድሕሪ ሕጂ ድማ ነዚ ደብተር ኣይከፍትዎን። ሓደስቲ ንምግባር ኣብ ታሕቲ ንሰለስተ ሰባት ምልክት ግበሩሎም።</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>ገና እሙናት ሰባት የብልኩምን።</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>እሙናት ሰባትኩም {0} እዮም። ቁራጻቶም ብ{1} ገይርኩምዎም። ሓደስቲ ቁራጻት እንተ ገበርኩም፡ እቶም ቀደምቲ ቁራጻት ኣይሰርሑን።</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>እሙናት ሰባትኩም {0} እዮም (ቁራጻት ብ{1} ዝተሰርሑ)። ሓደስቲ ቁራጻት ምግባር፡ እቶም ሕጂ ዘለዉዎም ድሕሪ ሕጂ ዋላ ሓንቲ ኣይከፍቱን ማለት እዩ።</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>ንሰለስቲኦም ቁራጻት ፎልደር ምረጹ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>ኣብ ናይ ባዕሎም ኣፕሊኬሽን ይኸፍትዎ። ናብ ምድላዋት፡ ድሕሪኡ ዝዕቅቦም ቁራጻት ይኸዱ።</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>ኣብ ኣፕሊኬሽኖም፡ ኣብ ምድላዋት፡ ድሕሪኡ ዝዕቅቦም ቁራጻት ይኸፍትዎ።</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>ሓድሽ ኮድ ምግባር ኣይወዳእኩምን። ቀደማይ ኮድኩም ገና ይሰርሕ።</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>ብሓገዝ እሙናት ሰባት ተመሊስኩም እተዉ (&amp;T)…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>ብሓገዝ እሙናት ሰባት ተመሊስኩም እተዉ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ክፈቱ (&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ክፈቱ</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>ናብቲ ዝርዝር ተመለሱ (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>ናብቲ ዝርዝር ተመለሱ</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>ይኽፈት ኣሎ</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>ይኽፈት ኣሎ…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>ናይ ምምላስ ኮድኩም ጽሓፉ (&amp;R)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ናይ ምምላስ ኮድ</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>ዝጸሓፍኩምዎ ወይ ዝሓተምኩምዎ ኮድ</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>ኣብ ክንድኡ መሕለፊ ቃለይ ተጠቐም (&amp;I)</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>መሕለፊ ቃልኩም ጽሓፉ (&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>ኣብ ክንድኡ ናይ ምምላስ ኮደይ ተጠቐም (&amp;I)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>ዘካፈልኩምዎ ስሓቡ</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>ኣፕሊኬሽኖም ምስ ከፈቶ፡ ዘካፈልኩምዎ ይድምስስ፡ ነቲ ፋይል ድማ ደጊሙ ኣይክፍቶን።</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>ባዕሉ ኣይበጽሖምን፦ ከምቲ ነቲ ቀዳማይ ፋይል ዝሃብኩምዎም ሃብዎም።</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>ድሮ ዘንበብዎ፡ ዝሓተምዎ ወይ ዝጸሓፍዎ ክመልሶ ኣይክእልን። እዚ እንተ ኣሻቒሉኩም፡ ምሳታቶም ወይ ምስ እትኣምንዎ ሰብ ተዛረቡ።</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>ፋይል ምስሓብ ግበሩ (&amp;M)…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>ፋይል ምስሓብ ግበሩ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>እዚ ን{name} ንእሽቶ ፋይል ምስሓብ ይገብር፡ ብዛዕባ ብ{date} ሰዓት {time} ዘካፈልኩምዎ</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>፡ “{purpose}”</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>፦ {titles} ከምኡ&apos;ውን ካልኦት %n</numerusform>
            <numerusform>፦ {titles} ከምኡ&apos;ውን ካልኦት %n</numerusform>
        </translation>
    </message>
    <message>
        <source>: {titles}</source>
        <translation>፦ {titles}</translation>
    </message>
</context>
<context>
    <name>WrittenWithField</name>
    <message>
        <source>Written with</source>
        <translation>ብሓገዝ ናይ</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>ነዚ ክትጽሕፉ ዝሓገዘኩም ሰብ። ስም ምረጹ ወይ ጽሓፉ፡ ወይ ባዶ ግደፍዎ።</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>ኣነ ጥራይ</translation>
    </message>
</context>
</TS>
