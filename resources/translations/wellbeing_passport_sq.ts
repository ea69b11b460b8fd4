<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Shto kartën e dikujt</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>Zgjidh skedarin e kartës që të dhanë. Pastaj lexoni numrat me zë bashkë: nëse përputhen, askush nuk e ka ndërruar kartën gjatë rrugës.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>&amp;Zgjidh skedarin e kartës…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>Zgjidh skedarin e kartës</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>I lexuam numrat me zë dhe ata &amp;përputhen</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>I lexuam numrat me zë dhe ata përputhen</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>&amp;Shto kartën</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>Shto kartën</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Karta (*{0});;Çdo skedar (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Tregoji {name} çfarë vendose</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>Tregoju çfarë vendose</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>Kjo është gjithçka që thotë përgjigjja. Nuk ka tituj dhe asnjë nga fjalët e tua: {name} e sheh pranë asaj që dërgoi.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>Çfarë thotë përgjigjja</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>Çfarë &amp;thotë përgjigjja</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>&amp;Ruaj përgjigjen…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>Ruaje përgjigjen si skedar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>e shtove</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>e shtove me ndryshime</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>the jo, faleminderit</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ende pa vendosur</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>Sugjerimi {number} i dërguar më {date}: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>Përgjigje për {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Ruaj përgjigjen</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>Përgjigje (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>U ruajt. Jepja skedarin {name}; në aplikacionin e tyre zgjedhin “Dërgo sugjerime…”, pastaj “Hap një përgjigje…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>Foto, tinguj dhe skedarë</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>Shto një foto, tingull ose skedar…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>Shto një foto, tingull ose skedar</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>Foto dhe tinguj (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Ruaj një kopje</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>Vizato një figurë…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>Vizato një figurë</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>Regjistro një tingull…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>Regjistro një tingull</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>Shto fillimisht një titull, pastaj mund të shtosh foto, tinguj dhe skedarë.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Po shtohet {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>U shtua {name}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Të hiqet {name}?</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>Do të hiqet nga ky shënim dhe do të fshihet. Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Hiqe</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mbaje</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>U hoq {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Po ruhet një kopje…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>U ruajt një kopje si {name}.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>Ruaj një kopje…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Ruaj një kopje të {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hiq…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Hiq {name}</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Po hapet fotoja…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Foto: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>Kjo foto nuk mund të shfaqet, por ruhet e sigurt.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>Vizatimi im, {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>Regjistrimi im, {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>më pak se 1 KB</translation>
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
        <translation>bashkëngjitje</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Luaj</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>Luaj {name}</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>Tingujt nuk mund të luhen në këtë kompjuter. Mund të ruash një kopje dhe ta luash diku tjetër.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Po hapet…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pushim</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>Ndalo përkohësisht {name}</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Po luhet</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>Ky tingull nuk mund të luhet këtu. Mund të ruash një kopje dhe ta luash diku tjetër.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>Ruaj një kopje rezervë</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>Një skedar me gjithçka në fletoren tënde. Domethënë fjalët, fotot, tingujt, historia dhe njerëzit e tu. Nëse ky laptop humbet, skedari ta kthen fletoren.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>Një skedar me gjithçka në fletoren tënde: fjalët, fotot, tingujt, historinë dhe njerëzit. Nëse ky laptop humbet, ai ta kthen fletoren.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Kodi yt i ri i rikthimit e hap këtë skedar. Mbaje diku të sigurt, larg këtij laptopi.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Kodi yt i rikthimit e hap këtë skedar. Mbaje diku të sigurt, larg këtij laptopi.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>Po ruhet kopja rezervë</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>Zgjidh ku ta &amp;ruash…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Zgjidh ku ta ruash kopjen rezervë</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>Kopje rezervë {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>Kopje rezervë (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>Po ruhet… Mund ta përdorësh aplikacionin ndërkohë.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>U ruajt si {name} në {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Ka kaluar pak kohë që nga kopja jote e fundit rezervë. Një kopje rezervë e mban fletoren tënde të sigurt nëse ky laptop humbet.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Ruaj një &amp;kopje rezervë…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Ruaj një kopje rezervë</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>Jo tani: më kujto herën tjetër</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Kujtesë për kopjen rezervë</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>Kodi yt i rikthimit ka ndryshuar, dhe kopjet rezervë që ruajte më parë hapen vetëm me kodin e vjetër. Ruaj tani një kopje të re rezervë, që të shkojë me kodin tënd të ri.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>Kodi yt i rikthimit ka ndryshuar. Ruaj tani një kopje rezervë, që fletorja jote të jetë e sigurt nëse ky laptop humbet; kodi yt i ri e hap.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>Kodi yt i rikthimit ka ndryshuar. Kopjet e vjetra rezervë kanë nevojë për kodin e vjetër. Prandaj ruaj tani një kopje të re rezervë. Ajo shkon me kodin tënd të ri.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>Kodi yt i rikthimit ka ndryshuar. Ruaj tani një kopje rezervë. Atëherë fletorja jote është e sigurt nëse ky laptop humbet. Kodi yt i ri e hap kopjen rezervë.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Nuk ke ruajtur një kopje rezervë prej kohësh. Një kopje rezervë e mban fletoren tënde të sigurt nëse ky laptop humbet.</translation>
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
        <translation>Si të flisni me mua</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Më thirrni</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>Emri me të cilin të pëlqen të të thërrasin</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Ju lutem mos më pyetni për</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>Për shembull: më tregoni çfarë do të ndodhë më pas; më jepni kohë të përgjigjem</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>Këto mbeten në fletoren tënde. Ndahen vetëm kur i shënon gjatë ndarjes, dhe atëherë vijnë para gjithçkaje tjetër.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>Më &amp;thirrni…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>Ju lutem mos më &amp;pyetni për…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;Si të flisni me mua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>Janë shumë fjalë: çdo kuti mban të shumtën %n shenjë.</numerusform>
            <numerusform>Janë shumë fjalë: çdo kuti mban të shumtën %n shenja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>Çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>Si duhet të të thërrasin njerëzit? A ka diçka për të cilën nuk do të doje të të pyesnin? Si të pëlqen që njerëzit të flasin me ty?</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Më thirrni</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Ju lutem mos më pyetni për</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Si të flisni me mua</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>Ndahen vetëm kur i shënon gjatë ndarjes.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>&amp;Shkruaji…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>Shkruaj çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>Ndrysho çfarë duhet të dinë njerëzit së pari</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>Më thirrni</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Ju lutem mos më pyetni për</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Si të flisni me mua</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Ju lutem lexoni këtë së pari</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>Çfarë duhet të dinë njerëzit së pari: shëno secilën për ta vendosur në krye.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>Vendos “{0}” në faqe</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>Ndarë nga {sender} me {recipient}, e hapur deri më {until}. {sender} i lejoi {recipient} të mbajë një kopje në regjistrat e tyre; përndryshe, të lutem mos ia jep të tjerëve.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>Ndarë nga {sender} me {recipient}, e hapur deri më {until}. Të lutem, mos e kopjo dhe mos ia jep të tjerëve.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>Jo për regjistrat.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>Mund të kopjohet në regjistrat e tyre (kopja atje mbetet edhe pasi të mbarojë)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>Vetëm për lexim: jo për regjistrat</translation>
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
        <translation>(e re)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n i ri</numerusform>
            <numerusform>%n të reja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n i ndryshuar</numerusform>
            <numerusform>%n të ndryshuara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n që nuk ndahet më</numerusform>
            <numerusform>%n që nuk ndahen më</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>Asgjë nuk ka ndryshuar që nga {0}.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>Çfarë ka ndryshuar që nga {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>Nuk ndahet më: %n nga hera e fundit</numerusform>
            <numerusform>Nuk ndahen më: %n nga hera e fundit</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>tani nën ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>tani shënuar si e rëndësishme tani</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>nuk shënohet më si e rëndësishme tani</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>një datë e re për të pyetur nëse është ende e vërtetë</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>një datë e re se kur ndodhi</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>një ngjyrë e re</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>fotot, tingujt ose skedarët e tij ndryshuan</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>fjalët e reja janë të nënvizuara dhe të shënuara (e re)</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>disa fjalë u hoqën</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>E re:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>E ndryshuar:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>Fjalët e nënvizuara, secila e ndjekur nga (e re), janë të reja ose të ndryshuara që nga {0}.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>Ndarë nga {0}</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>E rëndësishme tani</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>Asgjë në këtë skedar nuk është shënuar si e rëndësishme tani.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>Gjithçka e ndarë</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Ndarë nga</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>Numra që tregojnë se erdhi nga ti</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>Numra që tregojnë se erdhi prej tyre</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Ndarë me</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Bërë më</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>E hapur deri më</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>fundi i {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>Pse u nda</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pa shënim)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Regjistrat</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>E re që nga {0}</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>E ndryshuar që nga {0}</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>Ndodhi {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>Ndryshuar së fundi {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>Sugjeruar nga {carer} (kujdestar), ndryshuar dhe shtuar nga {owner}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>Sugjeruar nga {carer} (kujdestar), shtuar nga {owner}</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Foto: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>Një foto që nuk mund të shfaqet: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>Tingull: {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>Skedar: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>Rreth këtij skedari</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} Faqja {1} nga {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>E re: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>E ndryshuar: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>E ndryshuar: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>Krahaso &amp;numrat…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>Krahaso numrat</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>Lexoni numrat e kartës me personin; nëse përputhen, shënojeni si të kontrolluar</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>Skedari i ndarë</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>Zgjidhni një skedar të ndarë në të majtë për ta lexuar këtu.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>Tinguj në këtë skedar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Printo…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printo</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Ruaj si P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>Ndarë nga {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>Shto një kartë</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>Kontrollo një kartë</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>A është kjo kartë vërtet nga {0}? Kontrollojeni bashkë, ballë për ballë ose në telefon. Lexoni numrat me zë, grup pas grupi, me pesë numra secili. {0} shikon numrat e vet. A janë të gjitha grupet të njëjta? Atëherë karta është vërtet e tyre. Askush nuk e ka ndërruar gjatë rrugës.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>Lexoni këta numra me zë me {0}, ballë për ballë ose në telefon. Nëse numrat e tyre janë të njëjtë, karta është vërtet e tyre dhe askush nuk e ka ndërruar gjatë rrugës.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>I krahasuam numrat, shëno si të &amp;kontrolluar</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>I krahasuam numrat, shëno si të kontrolluar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jo tani</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>Shtoje, kontrolloje më &amp;vonë</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>Skicat tuaja mbeten këtu. Vetëm ajo që dërgoni shkon te personi i ri, dhe ai vendos çfarë të mbajë.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;Dërgo sugjerime…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>Dërgo sugjerime</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>Zgjidhni skicat dhe ruajini si skedar për personin e ri (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>Shto kartën e personit të &amp;ri…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>Shto kartën e personit të ri</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>&amp;Karta ime…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Karta ime</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>Karta juaj, që personi i ri ta shtojë, që ta dijë se sugjerimet vijnë vërtet nga ju</translation>
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
        <translation>Numrat u kontrolluan</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>Numrat ende pa u kontrolluar</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>Ndarë me fjalëkalim (pa kartë)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>Njerëz me të cilët mund të flasësh tani</translation>
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
        <translation>Telefono 116 123</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>Dërgo SHOUT me mesazh në 85258</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (deri në 19 vjeç)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>Telefono 0800 1111</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS, kur është urgjente, por jo emergjencë</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>Telefono 111</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Në rast emergjence</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>Telefono 999</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>Njerëz me të cilët mund të flasësh tani</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Nëse ke nevojë të flasësh me dikë tani</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>Këta njerëz janë aty për ty, falas, ditë e natë:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>Të fshihet “{0}” përgjithmonë?</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Të fshihet përgjithmonë?</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>Gjithçka brenda tij fshihet nga ky kompjuter: çdo shënim, foto dhe tingull, dhe gjithçka e ndarë ose e marrë. Kjo nuk mund të zhbëhet. Vetëm një skedar rezervë, nëse është ruajtur, mund ta kthejë.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Vetëm personi të cilit i përket mund ta fshijë: shkruaj fjalëkalimin ose kodin e rikthimit të tij. Pa njërin prej tyre nuk mund të fshihet nga aplikacioni.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>Fjalëkalimi ose kodi i tij i &amp;rikthimit:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>Fjalëkalimi ose kodi i tij i rikthimit</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Po kontrollohet</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>&amp;Fshije përgjithmonë</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>Fshije përgjithmonë</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mbaje</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mbaje</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Po kontrollohet…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>Shtoni kartën e personit të ri (Shto kartën e personit të ri…) për të treguar për fletoren e kujt janë këto skica.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>Skica për {name}. {name} vendos çfarë hyn.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>Karta e {name} u shtua dhe numrat e saj u kontrolluan. Tani mund t&apos;i dërgoni sugjerime {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>Karta e {name} u shtua. Kontrolloni numrat e saj me {name} kur të mundeni; tani mund të dërgoni sugjerime.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>Vizato një figurë</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>Faqja e vizatimit</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>Shigjetat lëvizin kryqin; Hapësira e ul ose e ngre lapsin; Shift me një shigjetë lëviz më larg.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Hollë</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>Laps i hollë</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mesatar</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>Laps mesatar</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Trashë</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>Laps i trashë</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>E zezë</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>E kuqe</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Portokalli</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>E verdhë</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>E gjelbër</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Vjollcë</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Kafe</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomë</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zhbëj</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>Zhbëj vijën e fundit (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>&amp;Pastro faqen</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>Pastro faqen</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>&amp;Mbaje këtë figurë</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>Mbaje këtë figurë</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>M&amp;os e mbaj</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>Mos e mbaj këtë figurë</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;Lapsi:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Ngjyra:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>Tastiera: shtyp Tab për të shkuar te faqja, pastaj shigjetat lëvizin kryqin dhe Hapësira e ul ose e ngre lapsin.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>E zgjedhur</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>Figurë: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>E rëndësishme tani</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>Ka një foto</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>Ka një tingull</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>Ka një skedar</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>Hap “{title}”</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>E kuqe</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Portokalli</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>E verdhë</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>E gjelbër</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Vjollcë</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rozë</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Pa ngjyrë</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>Një ngjyrë sipas dëshirës tënde</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>E rëndësishme tani</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>dhe {0} të tjera</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>← Mbrapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>Mbrapa (Esc). Fjalët e tua janë ruajtur.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versionet e mëparshme…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versionet e mëparshme</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Fshije përgjithmonë…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Fshije përgjithmonë</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>këtë shënim</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>Disa fjalë për ta gjetur</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titulli</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Fjalët e tua</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Shkruaj sa të duash, pak ose shumë.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>&amp;Fjalët e tua</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Pjesa</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;E rëndësishme tani: shfaqe të parën te Kreu</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>E rëndësishme tani</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>Pyet nëse është ende e vërtetë &amp;më</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>Më pyet nëse është ende e vërtetë &amp;më</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>&amp;Pjesa</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>&amp;Shkruar me</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>Data për të pyetur nëse është ende e vërtetë</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Data kur ndodhi</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>&amp;Kur ndodhi</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Ngjyra</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Ngjyra</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>Nuk u ruajt: kjo është shumë e gjatë. Provo ta ndash në dy shënime.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>Ende nuk u ruajt: nuk ka më hapësirë në këtë kompjuter. Fjalët e tua janë ende këtu dhe do të ruhen sapo të ketë hapësirë.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>Ende nuk u ruajt: shto një titull</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>U ruajt. Fjalët e para janë titulli derisa të shtosh një.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>U ruajt</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>Versioni i mëparshëm u kthye. Fjalët e tua të mëvonshme ruhen në historinë e tij.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>Të fshihet “{title}” përgjithmonë?</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>Kjo heq shënimin, të gjitha versionet e tij të mëparshme dhe fotot, tingujt e skedarët e tij. Nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mbaje</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>Sugjeruar nga {name}</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>{name} e sugjeroi këtë; ti e ndryshove para se ta shtoje më {day}.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>{name} e sugjeroi këtë; ti e shtove më {day}.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>Numrat e kartës: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: copëza {1} nga 3, bërë më {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>Dikush që të beson mund të të japë një copëz. Ajo e ndihmon të kthehet brenda në fletoren e vet. Mbaje këtu. Ndoshta një ditë i duhet. Atëherë tregoji fjalët e saj. Mos ia trego askujt tjetër.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>Dikush që të beson mund të të japë një copëz të rrugës së tij për t&apos;u kthyer brenda. Mbaje këtu. Nëse i duhet ndonjëherë, tregoji fjalët e saj, dhe askujt tjetër.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;Copëzat që mban</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>Copëzat që mban</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>Nuk mban asnjë copëz për askënd.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>&amp;Mbaj një copëz nga një skedar…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>Mbaj një copëz nga një skedar</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>&amp;Shfaq fjalët e saj…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>Shfaq fjalët e copëzës së zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>&amp;Fshije atë skedar…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>Fshi skedarin nga i cili u mbajt copëza</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>Mbaj një copëz</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>Copëza (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>Tani mban copëzën e {0}. Është copëza {1} nga 3. Tregoje vetëm kur ta kërkojë {0}. Nuk të duhet më skedari. Fshije, që të mos e gjejë askush tjetër.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>U mbajt copëza e {0}, {1} nga 3. Tregoje vetëm kur ta kërkojë {0}. Skedari nga erdhi nuk duhet më: fshije, që të mos e gjejë askush tjetër.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>Të fshihet skedari i copëzës?</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>Copëza mbahet këtu, prandaj skedari {0} nuk duhet më. Të fshihet nga vendi ku ndodhet?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Fshije</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Mbaje skedarin</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>Skedari u fshi. Copëza mbahet këtu.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>Krahaso numrat</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>Ky skedar thotë se është nga {0}, por u nënshkrua nga një kartë që nuk e ke parë më parë. Kushdo mund të vendosë një emër në një kartë, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>Kërkoji {0} të lexojë numrat e kartës së tyre, ballë për ballë ose në telefon, dhe krahasoji me këta.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>Numrat e kartës që nënshkroi këtë skedar:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>Numrat e {0} që njeh, parë për herë të parë më {1}:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Fshije</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Fshije</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>Është dikush &amp;tjetër: mbaje</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>Është dikush tjetër: mbaje</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>Numrat e tyre përputhen me këtë kartë: regjistroje si nga një person tjetër</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jo tani</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>Thotë se është nga {name}, marrë më {day}: një kartë tjetër, i mbajtur mënjanë</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>&amp;Mbajtur mënjanë: të pahapur</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>Këta thonë se janë nga dikush që e njeh tashmë, por u nënshkruan nga një kartë tjetër. Kushdo mund të vendosë një emër në një kartë. Krahaso numrat me personin para se t&apos;u besosh.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>Skedarë të mbajtur mënjanë</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>Krahaso &amp;numrat…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>Krahaso numrat</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>Shih numrat e të dyja kartave, pastaj mbaje ose fshije skedarin</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>U fshi. Asgjë që dërgoi ajo kartë nuk mbahet.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>U mbajt si nga një person tjetër që gjithashtu quhet {0}.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>Për çfarë shërben ky profil dhe si funksionon (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>Njerëz me të cilët mund të flasësh tani (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>Ky është vendi yt privat për të mbajtur atë që ka rëndësi për ty, që të mos kesh nevojë ta tregosh historinë tënde përsëri. Qëndron në këtë kompjuter, i kyçur. Asgjë nuk ndahet nëse nuk zgjedh ta ndash.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Nëse ke nevojë të flasësh me dikë tani</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>Ky aplikacion nuk është shërbim për raste krize dhe askush nuk e sheh çfarë shkruan këtu. Këta njerëz janë aty për ty, falas, ditë e natë:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Ndarja</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Cilësimet, pastaj Kopja rezervë, ruan një skedar me gjithçka brenda. Mbaje në një USB ose diku larg këtij laptopi. Kodi yt i rikthimit e hap, prandaj mbaje edhe kodin të sigurt. Në një laptop të ri, zgjidh Rikthe nga një kopje rezervë në ekranin e parë.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>E humbe kodin, apo e pa dikush? Cilësimet, pastaj Kodi i rikthimit, bën një të ri: shkruaj fillimisht fjalëkalimin. Pastaj shkruaj grupin e fundit të kodit të ri, për të treguar që e shënove; vetëm atëherë ai zë vendin e kodit të vjetër (nëse e kyç para kësaj, kodi yt i vjetër punon ende). Edhe një rikthim të jep një kod të ri. Kodi yt i vjetër hap ende kopjet e tua të vjetra rezervë, dhe fletoren në një laptop të vjetër, por jo këtë; prandaj ruaj një kopje të re rezervë.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Nëse e harron fjalëkalimin</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>Shtyp Ndaj…, butonin poshtë faqeve majtas, shëno shënimet dhe zgjidh për kë është. E sheh saktësisht atë që do të shohin para se të ruhet ndonjë gjë. Skedari hapet vetëm në aplikacionin e tyre (ose me një fjalëkalim që ua thua me gojë), dhe vetëm deri në datën që zgjodhe. Mund ta tërheqësh më vonë në faqen Njerëzit.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>Ky është vendi yt privat. Këtu mban atë që ka rëndësi për ty. Kështu nuk ke nevojë ta tregosh historinë tënde përsëri. Qëndron në këtë kompjuter. Është i kyçur. Asgjë nuk ndahet nëse nuk zgjedh ta ndash.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>Ky aplikacion nuk është shërbim për raste krize. Askush nuk e sheh çfarë shkruan këtu. Këta njerëz janë aty për ty. Janë falas. Janë aty ditë e natë:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>Ndarja përsëri, dhe përgjigjet</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>Nëse ndan përsëri me të njëjtin person, skedari i ri zëvendëson të vjetrin: aplikacioni i tyre mban vetëm më të riun dhe u tregon çfarë ndryshoi. Nëse të përgjigjen, hape skedarin e tyre në faqen Njerëzit (Hap një dëftesë ose përgjigje…). Mesazhi i tyre, dhe çfarë do të bëjnë për secilin shënim, shfaqen pranë asaj ndarjeje te Çfarë ndava.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>Lart te Kreu mund të shkruash si të të thërrasin, për çfarë të mos të pyesin dhe si të flasin me ty. Kur i ndan, këto janë gjëja e parë që lexon personi.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Kur gjërat bëhen të vështira</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>Butoni Kur gjërat bëhen të vështira (Ctrl+Shift+P) mban planin tënd, hap pas hapi, me fjalët e tua, bashkë me njerëzit me të cilët mund të flasësh tani. Mund ta ndash si çdo shënim tjetër.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>Foto, vizatime dhe tinguj</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>Në një shënim mund të shtosh një foto ose një tingull nga një skedar, të vizatosh një figurë, ose të regjistrosh zërin tënd ose muzikë. Ato mbahen të kyçura brenda fletores tënde, kurrë si skedarë më vete.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>Profili yt në një faqe</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>Profili im në një faqe…, poshtë faqeve, bën një faqe për ty nga shënimet që zgjedh, për ta printuar ose ruajtur si PDF. Në të shkon vetëm ajo që zgjedh ti.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>Një kod i ri rikthimi</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>Në ekranin e hapjes, zgjidh Përdor kodin tim të rikthimit, dhe shkruaj kodin që shënove kur e krijove; pastaj zgjidh një fjalëkalim të ri.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>Nëse humbet edhe kodin e rikthimit</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>Njerëzit e besuar mund të ndihmojnë, nëse i ke caktuar më parë: te Cilësimet, pastaj Njerëzit e besuar, zgjidh tre njerëz dhe jepi secilit copëzën e vet. Pastaj, në ekranin e hapjes, zgjidh Kthehu brenda me njerëz të besuar dhe shkruaj fjalët që të lexojnë dy prej tyre. Pa fjalëkalimin, kodin e rikthimit ose copëzat e dy njerëzve të besuar, askush nuk mund ta hapë.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>Mbajtja e një copëze për dikë</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>Nëse një mik a mike të zgjedh si një nga njerëzit e besuar të tyre, mbaje copëzën e tyre te Cilësimet, pastaj Copëzat që mbaj. Tregoja fjalët e saj vetëm atyre, kur ta kërkojnë.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastet</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>Fshihe tani: kyçet menjëherë dhe shfaq një faqe bosh</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kyç</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>Shkruaj diçka të re</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Rrjedha kohore</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Njerëzit</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugjerimet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>Ndaj diçka</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>Kur gjërat bëhen të vështira: plani yt, dhe njerëz me të cilët mund të flasësh tani</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>Lexo me zë këtë faqe ose këtë shënim; Esc e ndalon</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>Lëviz ndërmjet gjërave</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>Vazhdo, kthehu mbrapa</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>Leximi me zë dhe leximi i lehtë</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>Leximi me zë është te Kreu dhe te çdo shënim. Përdor zërin e vetë kompjuterit. Asgjë nuk regjistrohet ose ruhet. Leximi i lehtë është te Cilësimet, pastaj Emri dhe pamja. Të jep fjali të shkurtra, tekst më të madh dhe figura.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>Leximi me zë, te Kreu dhe te çdo shënim, përdor zërin e vetë kompjuterit; asgjë nuk regjistrohet ose ruhet. Te Cilësimet, pastaj Emri dhe pamja, gjen Leximin e lehtë: fjali të shkurtra, tekst më i madh dhe figura.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>Figurat janë nga OpenMoji (openmoji.org), të ndara me licencën Creative Commons CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>Shtyp butonin Ndaj…. Është poshtë faqeve, majtas. Shëno shënimet që do të ndash. Zgjidh për kë është. Para se të ruhet ndonjë gjë, e sheh saktësisht atë që do të shohin. Skedari hapet vetëm në aplikacionin e tyre. Ose hapet me një fjalëkalim që ua thua ti. Hapet vetëm deri në datën që zgjodhe. Më vonë mund ta tërheqësh në faqen Njerëzit. Kjo do të thotë që e merr mbrapsht.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>Mund të ndash përsëri me të njëjtin person. Atëherë skedari i ri zë vendin e të vjetrit. Aplikacioni i tyre mban vetëm më të riun. U tregon çfarë ndryshoi. Mund të të përgjigjen me një skedar. Hape në faqen Njerëzit, me Hap një dëftesë ose përgjigje…. Pastaj e sheh mesazhin e tyre. Sheh çfarë do të bëjnë për secilin shënim. Është pranë asaj ndarjeje, te Çfarë ndava.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>Lart te Kreu mund të shkruash tri gjëra. Si të të thërrasin. Për çfarë të mos të pyesin. Si të flasin me ty. Nëse i ndan, personi i lexon këto para gjithçkaje.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>Shtyp butonin Kur gjërat bëhen të vështira, ose Ctrl+Shift+P. Ai mban planin tënd. Plani shkon hap pas hapi, me fjalët e tua. Ka njerëzit me të cilët mund të flasësh tani. Mund ta ndash si çdo shënim tjetër.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>Në një shënim mund të shtosh një foto ose një tingull nga një skedar. Mund të vizatosh një figurë. Mund të regjistrosh zërin tënd ose muzikë. Ato mbeten të kyçura brenda fletores tënde. Nuk ruhen kurrë si skedarë më vete.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>Profili im në një faqe… është poshtë faqeve. Bën një faqe për ty. Ti zgjedh shënimet për të. Mund ta printosh faqen ose ta ruash si PDF. Në të shkon vetëm ajo që zgjedh ti.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Shko te Cilësimet, pastaj Kopja rezervë. Ruan një skedar me gjithçka brenda. Mbaje skedarin në një USB, ose diku larg këtij laptopi. Kodi yt i rikthimit e hap. Prandaj mbaje edhe kodin të sigurt. Në një laptop të ri, zgjidh Rikthe nga një kopje rezervë në ekranin e parë.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>E humbe kodin? Apo e pa dikush? Shko te Cilësimet, pastaj Kodi i rikthimit. Shkruaj fjalëkalimin. Pastaj bëj një kod të ri. Pastaj shkruaj grupin e fundit të kodit të ri. Kjo tregon që e shënove. Vetëm atëherë kodi i ri punon. Edhe një rikthim të jep një kod të ri. Pas kësaj, kodi yt i vjetër hap ende kopjet e vjetra rezervë. Mund të hapë edhe një laptop të vjetër. Nuk e hap këtë. Prandaj ruaj një kopje të re rezervë.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>Shko te ekrani i hapjes. Zgjidh Përdor kodin tim të rikthimit. Shkruaj kodin që shënove kur e krijove. Pastaj zgjidh një fjalëkalim të ri.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>Njerëzit e besuar mund të ndihmojnë. Por duhet t&apos;i caktosh më parë. Shko te Cilësimet, pastaj Njerëzit e besuar. Zgjidh tre njerëz. Jepi secilit copëzën e vet. Pastaj, nëse mbetesh jashtë, shko te ekrani i hapjes. Zgjidh Kthehu brenda me njerëz të besuar. Dy prej tyre të lexojnë fjalët e tyre. Shkruaji ato fjalë. Askush nuk mund ta hapë pa një nga këto: fjalëkalimin tënd, kodin tënd të rikthimit, ose copëzat e dy njerëzve të besuar.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>Një mik a mike mund të të zgjedhë si një nga njerëzit e tyre të besuar. Atëherë mbaje copëzën e tyre te Cilësimet, pastaj Copëzat që mbaj. Tregoja fjalët e saj vetëm atyre. Tregoji vetëm kur ta kërkojnë.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>Ky profil shërben për të ndihmuar një person të ri. Këtu shkruani sugjerime për atë që ai mban në aplikacionin e vet. Skicat tuaja mbeten këtu, të kyçura, derisa t&apos;i dërgoni, dhe personi i ri vendos çfarë të mbajë.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>Dërgimi i sugjerimeve</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>Shkruani çdo sugjerim si skicë (Ctrl+N për një të re). Kur jeni gati, zgjidhni Dërgo sugjerime…, shënoni skicat dhe ruani skedarin. Jepjani skedarin personit të ri: vetëm aplikacioni i tij mund ta hapë. Ai mund ta shtojë, ndryshojë ose lërë mënjanë çdo sugjerim.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>Kartat dhe kontrolli i numrave</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>Para se të dërgoni, shtoni kartën e personit të ri (Shto kartën e personit të ri…). Jepini edhe kartën tuaj (Karta ime…) dhe tregojini si ta shtojë në faqen e tij Njerëzit, që ta dijë se sugjerimet vijnë vërtet nga ju. Pastaj krahasoni bashkë numrat në të dyja kartat, ballë për ballë ose në telefon. Nëse përputhen, kartat janë të duhurat.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Përgjigjja e tij</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>Kur personi i ri të ketë vendosur, aplikacioni i tij mund të ruajë një përgjigje për ju: një skedar të vogël që thotë, për çdo sugjerim, nëse e shtoi, e shtoi me ndryshime apo e la mënjanë. Nuk i mban kurrë fjalët e tij. Zgjidhni Hap një përgjigje… në ekranin tuaj kryesor (ose te Dërgo sugjerime…) dhe zgjidhni skedarin; pastaj Dërgo sugjerime… tregon çfarë u bë me secilin.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>Ky profil mban atë që të rinjtë zgjedhin të ndajnë me ju. Çdo skedar i ndarë është vetëm për lexim, tregon kush e ndau dhe deri kur, dhe fshihet nga këtu kur i mbaron koha.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>Hapja e një skedari të ndarë</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>Zgjidhni Hap një skedar të ndarë… (Ctrl+O) dhe zgjidhni skedarin që ju dha një person i ri. Kontrollohet para se të mbahet ndonjë gjë. Ctrl+P e printon. Ruaj një dëftesë… bën një skedar që i tregon personit të ri se e hapët. Nëse ai tërheq një ndarje, hapni skedarin e tërheqjes në të njëjtën mënyrë dhe ndarja fshihet këtu. Një skedar më i ri nga i njëjti person zëvendëson të mëparshmin dhe tregon çfarë ndryshoi.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Ju lutem lexoni këtë së pari</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>Nëse personi i ri ka shkruar si i pëlqen që t&apos;i flitet (si ta thërrisni, për çfarë të mos e pyesni), kjo gjendet te shiriti me shënimin Ju lutem lexoni këtë së pari, mbi gjithçka që ka ndarë. Lexojeni para të tjerave.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Përgjigjja</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>Përgjigju… shkruan një mesazh të shkurtër kthimi, dhe, nëse doni, Çfarë do të bëj për secilin shënim. Kontrolloni saktësisht çfarë do të dalë, pastaj ruani një skedar për personin e ri; vetëm aplikacioni i tij e hap. Përgjigju është aty sa kohë që ndarja është në fuqi dhe është bërë për kartën tuaj.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>Vetëm për lexim, ose e kopjuar në regjistra</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>Ajo që ndahet me ju këtu është vetëm për lexim. Eksporto për regjistrat… shfaqet vetëm aty ku personi i ri ka pranuar që të kopjohet në regjistrat e shërbimit tuaj; ruan një dokument FHIR me fjalët e tij. Përndryshe, mbajeni këtu, vetëm për lexim, derisa t&apos;i mbarojë koha.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>Karta juaj dhe kontrolli i numrave</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>Një person i ri mund të ndajë me ju sapo të ketë kartën tuaj. Zgjidhni Karta ime… për të shtuar emrin, rolin dhe organizatën tuaj, dhe ruani skedarin e kartës për të. Kur takoheni, krahasoni numrat në kartën tuaj me numrat që tregon aplikacioni i tij. Nëse përputhen, ajo që ndan arrin vetëm te ju.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Kyçja dhe fshehja</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>Kyç (Ctrl+L) e mbyll këtë profil derisa të shkruhet sërish fjalëkalimi. Fshihe tani (Ctrl+Shift+H) kyçet menjëherë dhe shfaq një faqe bosh. Kyçet edhe vetë kur lihet pa përdorim; Cilësimet, pastaj Kyçja, tregon pas sa kohësh.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Nëse e harroni fjalëkalimin</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>Në ekranin e hapjes, zgjidhni Përdor kodin tim të rikthimit, dhe shkruani kodin që shënuat kur krijuat këtë profil; pastaj zgjidhni një fjalëkalim të ri. Pa fjalëkalimin ose kodin e rikthimit, askush nuk mund ta hapë.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Copëzat që mbaj</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>Një person i ri mund t&apos;ju zgjedhë si një nga tre njerëzit e tij të besuar dhe t&apos;ju japë një skedar copëze. Mbajeni te Cilësimet, pastaj Copëzat që mbaj. Nëse ai nuk mund të hyjë më, tregojini fjalët e saj, pasi të jeni të sigurt që është ai; copëzat e dy njerëzve e kthejnë brenda. Një copëz e vetme nuk hap asgjë.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>Cilësimet, pastaj Kopja rezervë, ruan një skedar me gjithçka në këtë profil. Mbajeni diku larg këtij kompjuteri. Kodi i rikthimit e hap, prandaj mbajeni edhe kodin të sigurt. Në një kompjuter të ri, zgjidhni Rikthe nga një kopje rezervë në ekranin e parë.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastet</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: kjo ndihmë. Ctrl+, : Cilësimet. Tab dhe Shift+Tab lëvizin ndërmjet gjërave; Enter vazhdon, Escape mbyll një dritare dialogu.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>Çfarë ka rëndësi tani</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>Ende asgjë këtu. Vendos në krye atë që ka më shumë rëndësi. Shfaqet këtu e para.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>Ende asgjë këtu. Shëno “E rëndësishme tani” te një shënim për ta mbajtur në krye.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>këtë faqe</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>A është ende e vërtetë?</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>U mbajt siç është. Do të pyesim sërish më {date}.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>U hoq nga krye. Ruhet ende te {section}.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>Për kë është?</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;Unë: është fletorja ime</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>Mbaj atë që ka rëndësi për ty, dhe ndaje kur të zgjedhësh.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>Mbështes një person të ri (&amp;kujdestar)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>Shkruani sugjerime që personi i ri mund t&apos;i marrë, t&apos;i ndryshojë ose t&apos;i lërë.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>Jam &amp;profesionist</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>Jepuni të rinjve kartën tuaj, dhe lexoni atë që ndajnë me ju.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Mbrapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tjetër</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tjetër</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>Person i ri</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Kujdestar</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesionist</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}, një person i ri</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}, kujdestar</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}, profesionist</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Gjuhët për të zgjedhur</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>Njësoj si ekrani i fillimit</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}, ende e pakontrolluar</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>Bërë nga një kompjuter. Askush që e flet nuk e ka kontrolluar ende, prandaj disa fjalë mund të jenë gabim.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>E kontrolluar nga dikush që e flet.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>Diçka shkoi keq</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>Cila është e jotja?</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>&amp;Fletoret në këtë kompjuter</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>Fletoret në këtë kompjuter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Hap</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>Hap të zgjedhurën</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>Bëj një fletore të re, ose kthe një nga një kopje rezervë që ruajte më parë, për shembull kur kalon në një laptop të ri.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>&amp;Bëj një fletore të re</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>Bëj një fletore të re</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Rikthe nga një kopje rezervë…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>F&amp;shi…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>Fshi të zgjedhurën</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Mirë se erdhe</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>“{0}” u fshi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>Demo: asgjë këtu nuk është e vërtetë, dhe fshihet kur mbyll aplikacionin.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>Kur gjërat bëhen të &amp;vështira</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Kur gjërat bëhen të vështira</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>Plani yt, dhe njerëz me të cilët mund të flasësh tani (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Faqet</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Rrjedha kohore</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Njerëzit</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugjerimet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Shënimi yt</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Ndaj…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ndaj</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>Zgjidh shënime për t&apos;i ndarë me dikë (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>Profili im në një &amp;faqe…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Profili në një faqe</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>Një faqe për ty për ta printuar ose ruajtur si PDF, nga shënimet që zgjedh</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>Cilësimet (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Shënim i ri</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>Karta ime</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>Karta juaj u lejon njerëzve të ndajnë me ju në mënyrë të sigurt. Ruajeni si skedar dhe jepjani. Pastaj lexojini njëri-tjetrit me zë numrat më poshtë: nëse përputhen, askush nuk e ka ndërruar gjatë rrugës.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>Numrat e kartës suaj</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>Ruaj kartën time si s&amp;kedar…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>Ruaj kartën time si skedar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>Rreth kartës suaj</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>Emri juaj në kartë</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Roli juaj</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>Për shembull: Punonjës social</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Organizata juaj</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roli</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizata</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>Numrat shfaqen sapo karta juaj të ketë një emër.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Ruaj kartën time</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>Karta (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>Karta juaj u ruajt si {0}. Jepjani personit, pastaj lexoni numrat me zë bashkë.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ende pa shënime.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>Kthehu te ekrani i hapjes</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Zgjidh një fjalëkalim të ri</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Kodi yt i rikthimit e hapi. Tani zgjidh një fjalëkalim të ri, dhe përdore atë për ta hapur nga tani e tutje. Disa fjalë që do t&apos;i mbash mend, por që të tjerët nuk do t&apos;i qëllojnë, funksionojnë mirë.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Copëzat e njerëzve të tu të besuar e hapën. Tani zgjidh një fjalëkalim të ri, dhe përdore atë për ta hapur nga tani e tutje. Disa fjalë që do t&apos;i mbash mend, por që të tjerët nuk do t&apos;i qëllojnë, funksionojnë mirë.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Po punohet</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Po kyçet në mënyrë të sigurt… kjo zgjat pak.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>Jo tani nuk ndryshon asgjë: fjalëkalimi yt i vjetër e hap ende, nëse të kujtohet, dhe po ashtu copëzat e njerëzve të tu të besuar. Herën tjetër që ato e hapin, do të pyetesh përsëri.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>Jo tani nuk ndryshon asgjë: fjalëkalimi yt i vjetër e hap ende, nëse të kujtohet, dhe po ashtu kodi yt i rikthimit. Herën tjetër që kodi e hap, do të pyetesh përsëri.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>J&amp;o tani</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Ruaj fjalëkalimin e ri</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Ruaj fjalëkalimin e ri</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Kodi yt i ri i rikthimit</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Fjalëkalimi yt i ri u ruajt. Kodi i rikthimit që përdore nuk e hap më: e hap ky kod i ri, nëse e harron përsëri fjalëkalimin. Shkruaje ose printoje, dhe mbaje diku të sigurt, larg këtij kompjuteri.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>Fjalëkalimi yt i ri u ruajt. Kodi yt i vjetër i rikthimit nuk e hap më: e hap ky kod i ri. Shkruaje ose printoje, dhe mbaje diku të sigurt, larg këtij kompjuteri. Copëzat e njerëzve të tu të besuar funksionojnë ende; bëj të reja te Cilësimet nëse mund t&apos;i kenë dëgjuar të tjerë.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>Kopjet rezervë që ruajte më parë kanë ende nevojë për kodin e vjetër: ruaj së shpejti një kopje të re rezervë (Kreu do të ta kujtojë).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>Kjo është e vetmja herë që shfaqet.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>E kam ruajtur, &amp;vazhdo</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>E kam ruajtur, vazhdo</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>Ta zgjedhësh fjalëkalimin më vonë?</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Më vonë</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>Zgjidh një tani</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>Të mbyllet pa e mbajtur kodin e ri?</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>Fjalëkalimi yt i ri u ruajt, por kodi i ri i rikthimit nuk do të shfaqet më, dhe i vjetri nuk funksionon më. Mund të bësh një kod tjetër te Cilësimet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Mbaje të hapur</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>Profili në një faqe</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>&amp;Shënimet që vendosen në të</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>Faqja siç do të printohet</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>Një faqe për ty për një shkollë ose vendbanim të ri. Shëno çfarë vendoset në të: asgjë nuk është në të derisa ta bësh.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>Çfarë shkon në faqe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rinto…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printo</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Ruaj si P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>Shënimet që vendosen në të</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(shkon nën “{heading}”)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>Nxë në një faqe.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>Nxë në një faqe, pak më e vogël.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>Është shumë për një faqe: fjalët do të printohen të vogla. Mund të heqësh shenjën nga disa.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>Rreth meje.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>Çfarë u pëlqen njerëzve tek unë</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>Çfarë është e rëndësishme për mua</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Si të më mbështetni më mirë</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Gjithçka për mua</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>Gjithçka për {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>Hap një për&amp;gjigje…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Hap përgjigjen e tij për sugjerimet tuaja</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>Një skedar nga personi i ri që thotë çfarë u bë me secilin sugjerim</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Hap një përgjigje</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Përgjigje (*{0});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Po hapet dhe kontrollohet përgjigjja…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} u përgjigj. Dërgo sugjerime… tregon çfarë u bë me secilin.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>Hap një &amp;dëftesë ose përgjigje…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>Hap një dëftesë ose përgjigje</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>Një skedar nga dikush me të cilin ndave: që thotë se e hapi, ose përgjigjja e tij</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>Dëftesa dhe përgjigje (*{0} *{1});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>E ke tashmë këtë përgjigje nga {name}. Shfaqet bashkë me atë që ndave më {date}.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} iu përgjigj asaj që ndave më {date}. Shfaqet bashkë me atë ndarje.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} hapi atë që ndave më {date}.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Shkruaj sërish fjalëkalimin</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Shfaq çfarë shkruaj</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Shfaq fjalëkalimin ndërsa shkruaj</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>Më sugjero &amp;një</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Sugjero një fjalëkalim</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>Plotëso të dyja fushat me disa fjalë të rastësishme, të shfaqura që t&apos;i shkruash diku</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Forca e fjalëkalimit</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Shkruaje &amp;sërish</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Shumë i shkurtër: përdor të paktën {0} shenja.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>Forca: lehtë për t&apos;u qëlluar.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>Forca: ende shumë lehtë për t&apos;u qëlluar.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Forca: i fortë.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>Forca: shumë i fortë.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>Është një nga fjalëkalimet që njerëzit provojnë të parat.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>Fjalët dhe emrat e zakonshëm më vete qëllohen shpejt.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>Tastet pranë njëri-tjetrit qëllohen shpejt.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>Shkronjat ose fjalët e përsëritura shtojnë pak.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>Vargjet si abcd ose 1234 qëllohen shpejt.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>Datat dhe vitet qëllohen shpejt.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>Provo disa fjalë bashkë që kanë kuptim vetëm për ty, ose shtyp Më sugjero një.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>Të paktën {0} shenja. Disa fjalë që do t&apos;i mbash mend funksionojnë mirë.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Të dyja janë njësoj.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>Të dyja ende nuk janë njësoj.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>Ky skedar ka një fjalëkalim</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>Personi që e ndau do të t&apos;i ketë thënë numrat, ndoshta në telefon. Shkruaji këtu.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Fjalëkalimi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Hape</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Hape</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>&amp;Shto kartën e dikujt…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Shto kartën e dikujt</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>&amp;Jep kartën time…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>Jep kartën time</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Njerëzit</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>Njerëzit me të cilët ndaj</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>Ende askush. Kërkoji personit skedarin e kartës, pastaj zgjidh “Shto kartën e dikujt…”.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>&amp;Krahaso numrat…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>Krahaso numrat e kartës</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tërhiq…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>Tërhiq ndarjen e zgjedhur</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>Ende asgjë e ndarë me ta. Për të ndarë, shtyp Ndaj…, butonin poshtë listës së faqeve; ajo që ndan shfaqet këtu.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>Bëj një skedar që i kërkon aplikacionit të tyre të fshijë atë që ndave</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>Çfarë n&amp;dava</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>Çfarë ndava me këtë person</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rreshtat</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonat</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: krahaso numrat me ta para se të ndash, nëse mundesh.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>Ndarë me fjalëkalim</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>Njerëz pa kartën e aplikacionit, që e hapin skedarin me një fjalëkalim.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>Zgjidh një ndarje në listë për ta tërhequr.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>Një ndarje më e re zuri vendin e saj, prandaj kjo është zhdukur tashmë nga aplikacioni i tyre.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>Kjo ndarje është tërhequr tashmë.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Karta (*{0});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>{0} u shtua. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>Tërheqje për {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>Ruaj skedarin e tërheqjes</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Skedarë të ndarë (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>Tërheqja u ruajt si “{0}”. Jepja {1}.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>%n fjala është fjalë copëze: kjo duket si një copëz e plotë.</numerusform>
            <numerusform>Të gjitha %n fjalët janë fjalë copëzash: kjo duket si një copëz e plotë.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>%n fjalë nga 20 deri tani.</numerusform>
            <numerusform>%n fjalë nga 20 deri tani.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>Një copëz e mbajtur për {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>Copëza e {0}, {1} nga 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>Nga karta me numrat {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>Lexoja këto fjalë vetëm {0}, pasi të jesh i sigurt që është ai (ballë për ballë, ose në një telefonatë që bëre ti në një numër që e kishe tashmë). Copëzat e dy njerëzve bashkë e kthejnë brenda.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Fjala {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Printo…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>Printo copëzën</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>Fjalët e copëzës</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Kthehu brenda me njerëz të besuar</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>Pyet dy nga njerëzit të cilëve u dhe një copëz. Secili mund ta shfaqë copëzën e vet në aplikacionin e tij: 20 fjalë. Shkruaj fjalët e secilës copëz në kutinë e saj. Numrat dhe rreshtat e rinj nuk kanë rëndësi, dhe mjaftojnë katër shkronjat e para të çdo fjale.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>Copëza e personit të parë</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>Copëza e personit të dytë</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>Copëza e personit të &amp;parë</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>Copëza e personit të &amp;dytë</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Po hapet</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Po hapet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>&amp;Kthehu brenda</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>Kthehu brenda</translation>
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
        <translation>Një gjë në çdo rresht</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>&amp;Karta ime…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Karta ime</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>Emri, roli dhe organizata juaj, dhe karta juaj për t&apos;ua dhënë të rinjve</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;Ndarë me ju</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>Skedarë të ndarë me ju</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rreshtat</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonat</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>Ende asgjë këtu. Kur një person i ri ju jep një skedar të ndarë, hapeni këtu. Jepini fillimisht kartën tuaj (Karta ime…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>&amp;Hap një skedar të ndarë…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Hap një skedar të ndarë</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>Hapni një skedar .wpb që ju dha një person i ri (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Po hapet skedari</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>Skedarë të ndarë (*{0});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Po hapet dhe kontrollohet skedari…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} tërhoqi një skedar që kishte ndarë. U fshi.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} tërhoqi një skedar që kishte ndarë. Nuk është këtu, prandaj asgjë nuk u fshi.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Skedari nuk u hap.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>U dërgua te printeri.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>U ruajt si PDF: {0}</translation>
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
        <translation>Ndalo leximin</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Ndalo leximin me zë</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Ndalo leximin me zë (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lexo me zë</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>Lexo me zë {what}</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>Lexo me zë {what} (Ctrl+Shift+R). Esc e ndalon.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>Ruaj një &amp;dëftesë…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>Ruaj një dëftesë</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Zgjidhni fillimisht një skedar të ndarë.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>Ai skedar u tërhoq ose i mbaroi koha, prandaj nuk ka asgjë për të dhënë dëftesë.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>Një skedar i vogël për personin e ri: i tregon se e hapët atë që ndau</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>Dëftesë për {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>Dëftesa (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>Dëftesa u ruajt si {file}. Jepjani {name}.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Zëvendësuar nga një më e re</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Dita e fundit sot</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>E hapur, mbaron nesër</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>E hapur, edhe {0} ditë</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Ndarë më</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>E hapur deri më</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>E&amp;ksporto për regjistrat…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>Eksporto për regjistrat</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>Ruajeni si dokument FHIR për regjistrat e shërbimit tuaj. Personi që e ndau e lejoi këtë; kopja mbetet edhe pasi ndarja mbaron ose tërhiqet.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>Regjistri i asaj që ndau {0}</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>Dokumente FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Po ruhet për regjistrat…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>U ruajt për regjistrat si {0}, me fjalët e {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>Nuk u ruajt asgjë për regjistrat.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>A mund ta kopjojnë në regjistrat e tyre?</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>Jo, mund ta &amp;lexojnë vetëm. Shkruan “jo për regjistrat”.</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>Jo, vetëm për &amp;lexim: shënuar “jo për regjistrat”</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>Jo, vetëm për lexim</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>Po, mund ta &amp;kopjojnë në regjistrat e tyre</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>Po, mund ta kopjojnë në regjistrat e tyre</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>Regjistrat janë shënimet që mban shërbimi i tyre, për shembull shkolla ose ekipi i tyre. Nëse thua po, një kopje shkon në ato shënime. Kopja mbetet atje edhe pasi të mbarojë koha. Mbetet atje edhe nëse e tërheq këtë ndarje. Nuk mund ta marrësh kopjen mbrapsht.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>Nëse thua po, një kopje shkon në regjistrat e shërbimit të tyre. Ajo kopje mbetet atje edhe pasi të mbarojë koha, madje edhe nëse e tërheq këtë ndarje. Nuk mund ta marrësh mbrapsht.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>Për të kontrolluar që e ke, shkruaj grupin e &amp;fundit të kodit</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>Grupi i fundit i kodit të rikthimit</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>E humbe kodin e rikthimit, apo të shqetëson se mos e ka parë dikush? Bëj një të ri. Sapo ta kesh shënuar, kodi i vjetër nuk e hap më këtë fletore.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>E humbe kodin? Apo e pa dikush? Bëj një të ri. Shënoje. Pastaj kodi i vjetër nuk punon më.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>Bëre një kod të ri, por nuk e ke kontrolluar ende, prandaj kodi yt i vjetër punon ende.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>Bëre një kod të ri. Nuk e ke kontrolluar ende. Kodi yt i vjetër punon ende.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>Fjalëkalimi yt, për të bërë një kod të ri rikthimi</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>&amp;Fjalëkalimi yt</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>&amp;Bëj një kod të ri rikthimi</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Bëj një kod të ri rikthimi</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Po kontrollohet fjalëkalimi yt…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>Po kalohet te kodi yt i ri… kjo zgjat pak.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>Po kalohet te kodi yt i ri…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>Ky është kodi yt i ri. Shënoje ose printoje, dhe mbaje larg këtij laptopi. Fillon të punojë kur shkruan grupin e tij të fundit më poshtë; deri atëherë kodi yt i vjetër punon ende.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>Ky është kodi yt i ri. Shënoje. Mbaje të sigurt. Pastaj shkruaj grupin e tij të fundit më poshtë. Deri atëherë kodi yt i vjetër punon ende.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>U bë: kodi yt i ri e hap tani këtë fletore, dhe i vjetri nuk e hap më. Ruaj së shpejti një kopje të re rezervë, që kodi yt i ri të hapë edhe një kopje rezervë.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>U bë. Kodi yt i ri punon tani. I vjetri nuk punon. Tani ruaj një kopje të re rezervë.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>&amp;Shfaq përsëri kodin tim të ri</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>Shfaq përsëri kodin tim të ri të rikthimit</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>E kam &amp;ruajtur të sigurt</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>E kam ruajtur të sigurt kodin e ri të rikthimit</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>Kopjet rezervë që ruajte më parë hapen ende vetëm me kodin e vjetër, prandaj pas kësaj ruaj një kopje të re rezervë.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>Kopjet e vjetra rezervë kanë ende nevojë për kodin e vjetër.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Printoje</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Printo kodin e rikthimit</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>Printo kodin në letër. Asgjë nuk ruhet në këtë kompjuter.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>Kodi i rikthimit: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kodi i rikthimit&lt;/h2&gt;&lt;p&gt;Për: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Mbaje këtë diku të sigurt. E hap fletoren tënde nëse e harron fjalëkalimin.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>Përgji&amp;gju…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Përgjigju</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Zgjidhni fillimisht një skedar të ndarë.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>Një mesazh i shkurtër për personin e ri, dhe çfarë do të bëni, që vetëm aplikacioni i tij mund ta hapë</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>Ai skedar u tërhoq ose i mbaroi koha, prandaj nuk ka asgjë për t&apos;iu përgjigjur.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>Kjo u nda me fjalëkalim, jo me kartën tuaj, prandaj aplikacioni i tij nuk mund ta dallonte që përgjigjja vjen nga ju.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Përgjigju</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Përgjigju {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>Thoni çfarë dëgjuat, dhe çfarë do të bëni. Do të shihni saktësisht çfarë mbart përgjigjja para se të ruhet; vetëm aplikacioni i {name} mund ta hapë.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Mesazhi juaj</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>Mesazhi &amp;juaj</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>Çfarë do të bëj, shënim për shënim (nëse doni)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>Çfarë do të bëj për ‘{title}’</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;Tjetër: kontrolloje</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>Tjetër: kontrollo çfarë mbart përgjigjja</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>Kjo është saktësisht ajo që mbart përgjigjja</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>Çfarë mbart përgjigjja</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>Çfarë &amp;del</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Mbrapa</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>Mbrapa te fjalët</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>&amp;Ruaj përgjigjen…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>Ruaje përgjigjen si skedar</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>Është e nënshkruar me kartën tuaj dhe e kyçur që ta hapë vetëm aplikacioni i {name}. Shënimet emërtohen me një numër që e njeh aplikacioni i tij, kurrë me titullin ose fjalët e tyre.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>Për: {name} (numrat e kartës së tij {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>Nga: karta juaj ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>Rreth: asaj që ndau më {date}</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Mesazhi juaj:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asgjë)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>Çfarë do të bëni:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>Rreth ‘{title}’: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>Përgjigje për {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Ruaj përgjigjen</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>Përgjigje (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>Përgjigjja u ruajt si {file}. Jepjani {name}; në aplikacionin e tij zgjedh Njerëzit, pastaj “Hap një dëftesë ose përgjigje…”.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} iu përgjigj asaj që ndave — lexoje</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>Kthe një fletore nga një skedar rezervë, në këtë laptop ose në një të ri.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>&amp;Zgjidh skedarin rezervë…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Zgjidh skedarin rezervë</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Ende asnjë skedar i zgjedhur.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Kodi që shënove ose printove</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Kodi i rikthimit</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Po rikthehet</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;ikthe</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>U kthye</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>Copëzat e njerëzve të tu të besuar punojnë ende.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>Copëzat që mbajnë njerëzit e tu të besuar e hapin ende.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>Copëzat e njerëzve të tu të besuar nuk punojnë tani. Bëj të reja te Cilësimet.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>Copëzat që mbajnë njerëzit e tu të besuar nuk e hapin këtë kopje. Bëj të reja te Cilësimet, te Njerëzit e besuar.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>&amp;Ruaj një kopje të re rezervë kur të hapet, që edhe kodi yt i ri të ketë një</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>Ruaj një kopje të re rezervë kur të hapet</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>&amp;Ruaj tani një kopje të re rezervë</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>E kam ruajtur kodin të sigurt: &amp;hape</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>Ka një kod të ri rikthimi, që shfaqet vetëm tani: ai e hap këtë fletore. Shënoje ose printoje, dhe mbaje diku të sigurt, larg këtij laptopi.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>Ky është kodi yt i ri. E hap këtë fletore. Shënoje. Mbaje të sigurt.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>Fjalëkalimi që sapo zgjodhe e hap çdo ditë.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>Fjalëkalimi yt i ri e hap çdo ditë.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>Kodi yt i vjetër hap ende skedarin rezervë nga e riktheve, dhe fletoren në laptopin tënd të vjetër, nëse është ende atje. Jo këtë.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>Kodi i vjetër hap ende kopjen e vjetër rezervë. Hap çdo kopje në laptopin e vjetër. Nuk e hap këtë.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>E kam ruajtur kodin të sigurt: hape</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>Kopje rezervë ({0});;Çdo skedar (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>A është ende e vërtetë?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mbaje</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>Mbaje “{title}” siç është</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>Është ende e vërtetë. Do të pyesim sërish pas 3 muajsh.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Përditëso</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>Përditëso “{title}”</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Hiqe nga krye</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>Hiqe “{title}” nga krye</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>Hiqe nga “Çfarë ka rëndësi tani”; mbetet në pjesën e vet.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versionet e mëparshme</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionet</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>Çfarë thoshte ky version</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>Çfarë &amp;thoshte</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>&amp;Ktheje këtë version</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versionet, më i riu i pari</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>Ktheje këtë version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>Tani: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>Shenjat e mia paralajmëruese</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>Çfarë të tregon që gjërat po bëhen të vështira? Mendime, ndjenja, gjëra që vë re se po bën.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>Gjëra që mund t&apos;i bëj vetë</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>Çfarë të ndihmon të ndihesh pak më mirë vetë, qoftë edhe për pak minuta?</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Njerëz dhe vende që ma largojnë mendjen</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>Kush ose ku të ndihmon të mendosh për diçka tjetër për pak kohë?</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Njerëz që mund t&apos;u kërkoj ndihmë</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>Me kë mund të flasësh kur gjërat bëhen të vështira? Shto si t&apos;i gjesh, nëse do.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Profesionistë dhe linja ndihme</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>Me cilët punonjës ose shërbime mund të lidhesh? Linjat falas më sipër janë gjithmonë aty.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>Ta bëj më të sigurt vendin ku jam</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>Çfarë mund të bësh që vendi ku je të jetë më i sigurt tani?</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>Arsyet e mia për të vazhduar</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>Çfarë ka rëndësi për ty? Kë ose çfarë pret me padurim?</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>Kur gjërat bëhen të vështira</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>Nuk ke pse e kalon vetëm. Nëse ke nevojë për dikë tani, këta njerëz janë aty për ty, falas, ditë e natë:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Plani im</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>Plani yt, me fjalët e tua. Kur gjërat bëhen të vështira, ndiqe nga fillimi, një hap në një kohë. Ruhet ndërsa shkruan, dhe mund të ndash çdo hap, si shënimet e tua të tjera.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>dosjen tënde personale</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} në dosjen tënde personale</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Kërko</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>Shkruaj një fjalë</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;Kërko</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Çfarë u gjet</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>Shkruaj një fjalë për të kërkuar në gjithçka që ke shkruar.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>Asgjë nuk u gjet për “{text}”. Provo një fjalë tjetër, ose vetëm fillimin e saj.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>U gjet 1 shënim.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>U gjetën {count} ose më shumë shënime, më të mirët të parët. Lëviz poshtë për më shumë.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>U gjetën {count} shënime.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>Shto diçka</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Shto diçka te {section}</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>Shfaqi të gjitha ({count})</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>Shfaqi të gjitha ({count}) te {section}</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>← Kreu</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Kthehu te Kreu</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>Shto diçka</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Shënimet, më të rejat të parat</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>Shënimet te {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Shto diçka te {section}</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;Shënimet, hapat e planit të parët</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>Dërgo sugjerime</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>Shënoni çfarë të dërgoni. Ai vendos çfarë të mbajë: asgjë nuk ndryshon në fletoren e tij nëse nuk e shton vetë.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>Një shënim për të (mund ta lini bosh)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>Për shembull: Gjëra që vura re këtë muaj</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>Një &amp;shënim për të</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Po ruhet skedari</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Ruaj skedarin…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>Ruaji sugjerimet si skedar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Emri juaj, siç do ta shohë ai</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>Për shembull: Jo</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>&amp;Emri juaj, siç do ta shohë ai</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>Sugjerimet që dërguat më parë</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>Kur të ketë vendosur, mund të ruajë një përgjigje për ju: hapeni këtu për të parë çfarë u bë me secilin sugjerim. Thotë vetëm këtë; çfarë ndryshoi ai mbetet tek ai.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>Çfarë &amp;dërguat më parë</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>Hap një për&amp;gjigje…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Hapni përgjigjen e tij për sugjerimet tuaja</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>Një skedar prej tij që thotë çfarë u bë me secilin sugjerim</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ende pa përgjigje</translation>
    </message>
    <message>
        <source>added</source>
        <translation>u shtua</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>u shtua me ndryshime</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} nuk e shtoi këtë</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ende pa vendosur</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(një skicë e fshirë që atëherë)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}, për {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}, për {name}: {what}. Ende pa përgjigje.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Ende asgjë e dërguar.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Hap një përgjigje</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Përgjigje (*{0});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Po hapet dhe kontrollohet përgjigjja…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} u përgjigj. Çfarë u bë me secilin sugjerim shfaqet më poshtë.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>Skica për t&apos;u dërguar</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>Skica të zgjedhura: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>S&amp;kicat</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Për kë është</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Për</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>Shtoni fillimisht kartën e personit të ri (Shto kartën e personit të ri…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>Sugjerime për {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>Ruaj sugjerimet</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>Sugjerime (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>U ruajt %n sugjerim për {name}. Jepjani skedarin.</numerusform>
            <numerusform>U ruajtën %n sugjerime për {name}. Jepjani skedarin.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>Nëse ende nuk e ka shtuar kartën tuaj, jepini edhe kartën tuaj (Karta ime…). Në aplikacionin e tij zgjedh Njerëzit, pastaj “Shto kartën e dikujt…”; pastaj Sugjerimet, pastaj “Hap sugjerimet…” për ta hapur këtë skedar.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>Krahaso numrat</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>Ky skedar u nënshkrua nga karta me këta numra; karta thotë se emri i saj është {0}. Kërkojini personit të lexojë numrat e kartës së tij, ballë për ballë ose në telefon. Nëse janë të njëjtë, kjo kartë është vërtet e tij.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>Numrat e kartës:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>&amp;Përputhen, shëno si të kontrolluar</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>Përputhen, shëno si të kontrolluar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jo tani</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>Ky skedar është i plotë dhe i nënshkruar nga karta me numrat {numbers} - parë për herë të parë më {first}, kontrolluar ballë për ballë më {checked}.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>Ky skedar është i plotë dhe i nënshkruar nga karta me numrat {numbers} - parë për herë të parë më {first}, ende pa u kontrolluar ballë për ballë.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>Mbajtur mënjanë, i pahapur: ky skedar thotë se është nga {name}, por u nënshkrua nga një kartë tjetër nga ajo e {name} që njeh tashmë. Krahaso numrat para se t&apos;i besosh.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>U hap.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>Nuk ka hapësirë të mjaftueshme në këtë kompjuter për ta bërë këtë. Asgjë nuk humbi. Liro pak hapësirë dhe provo sërish.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>Ky skedar po hapet tashmë. Prit të mbarojë, pastaj shiko sërish.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>Po ruhet një kopje rezervë. Provo sërish kur të ketë mbaruar.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>Të lutem, hape një herë me fjalëkalimin, pastaj provo sërish.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>Për të zgjedhur një fjalëkalim të ri pa të vjetrin, hape fillimisht me kodin e rikthimit.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>Ai fjalëkalim do të qëllohej shpejt. Provo disa fjalë bashkë.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>Duhen dy copëza, nga dy njerëz të ndryshëm. Një copëz e vetme nuk hap asgjë.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>Kjo është e njëjta copëz dy herë. Kërkoji një personi të dytë copëzën e tij.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>Një nga këto copëza është nga koha para se të bëje të rejat, prandaj nuk hap më asgjë. Kërkoji atij personi copëzën më të re.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>Këto copëza nuk i përkasin kësaj fletoreje. Kontrollo copëzën e kujt ka secili person.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>Kjo fletore nuk ka ende njerëz të besuar, prandaj copëzat nuk mund ta hapin.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Ky nuk është fjalëkalimi ose kodi i tij i rikthimit, prandaj nuk u fshi asgjë. Pa njërin prej tyre nuk mund të fshihet nga aplikacioni.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>Ky nuk e hap. Kontrollo drejtshkrimin dhe provo sërish.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>Skedari i kyçjes së kësaj fletoreje duket i ngacmuar, prandaj nuk u përdor.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>Skedari i kyçjes së kësaj fletoreje është i dëmtuar ose mungon. Një kopje rezervë mund ta kthejë.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>Kjo u bë nga një version më i ri i aplikacionit. Të lutem, përditëso aplikacionin.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>Të dhënat e kësaj fletoreje nuk u lexuan dot. Mund të jenë të dëmtuara.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>Ka tashmë një me këtë emër në këtë kompjuter. Provo një emër tjetër.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>Nuk ka asnjë fletore me këtë emër në këtë kompjuter.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>Ishte kyçur. Hape për të vazhduar.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>Kjo u ndal në mes, dhe asgjë prej saj nuk u mbajt.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>Ky lloj profili nuk mund ta bëjë këtë.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>Ky nuk është skedar që mund të hapet (mund të jetë dosje ose pajisje).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>Personi që e ndau e la vetëm për lexim, prandaj nuk mund të kopjohet në regjistra. Nëse duhet, kërkojini ta ndajë sërish dhe ta lejojë këtë.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>Ky skedar është mbajtur mënjanë: thotë se është nga dikush që njeh, por u nënshkrua nga një kartë tjetër. Krahaso fillimisht numrat.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>Kjo u nda me fjalëkalim, jo me kartën tuaj, prandaj aplikacioni i tij nuk mund ta dallonte që përgjigjja vjen nga ju. Tregojini ballë për ballë.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>Kjo përgjigje nuk është nga personi me të cilin ndave, ose nuk ka të bëjë me atë që ndave me të, prandaj nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>Ky shënim nuk është nga personi me të cilin ndave, prandaj asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>Ky skedar u bë për dikë tjetër, prandaj nuk mund të hapet këtu.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>Ky skedar nuk është nënshkruar nga personi që e bëri, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>Nënshkrimi i këtij skedari nuk përputhet. Mund të jetë ndryshuar gjatë rrugës, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>Ky skedar vjen nga dikush kartën e të cilit nuk e ke shtuar, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>Koha për këtë skedar ka mbaruar, prandaj nuk mund të hapet më.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>Personi që e ndau këtë skedar ka ndarë që atëherë një më të ri në vend të tij. Hap skedarin më të ri.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>Personi që e ndau këtë skedar e ka tërhequr, prandaj nuk mund të hapet.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>Ky skedar është më i madh se sa mund të jetë një skedar i ndarë, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>Ky skedar u bë nga një version më i ri i aplikacionit. Të lutem, përditëso aplikacionin për ta hapur.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>Ky skedar u bë me një version më të vjetër të aplikacionit. Kërkoji personit që e dërgoi ta përditësojë aplikacionin dhe ta dërgojë përsëri.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>Ai fjalëkalim nuk e hap këtë skedar. Kontrollo numrat dhe provo sërish.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>Ky skedar është kyçur me fjalëkalim. Pyet personin që e ndau.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>Ky skedar kërkon shumë më tepër punë për t&apos;u hapur se sa përdor ndonjëherë aplikacioni, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>Ky skedar është i dëmtuar ose u ndryshua gjatë rrugës, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>Ky skedar nuk u hap dot, dhe asgjë prej tij nuk u mbajt.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>Ky skedar nuk është kopje rezervë, ose është i dëmtuar a i cunguar. Asgjë nuk u rikthye.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>Kjo kartë u bë me një version më të vjetër të aplikacionit dhe ti ke tashmë një kartë më të re nga ky person, prandaj nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>Ky nuk është skedar karte nga ky aplikacion, ose është i dëmtuar.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>Ai skedar është shumë i madh për t&apos;u shtuar (kufiri është 50 MB).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>Ai skedar është shumë i madh për t&apos;u hapur.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>Kjo nuk është më aty. Mund të jetë fshirë.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>Kjo vjen nga dikush që nuk e ke shtuar. Nëse i beson, shto fillimisht kartën e tyre, pastaj hape sërish. Asgjë prej saj nuk u mbajt.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>Ky nuk është sugjerim për ty, prandaj nuk u hap.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>Ky nuk është shënim për diçka që ndave, prandaj asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>Kjo përgjigje nuk është nga personi të cilit i dërguat ato sugjerime, ose nuk ka të bëjë me to, prandaj asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>Kjo nuk është përgjigje për sugjerimet tuaja, prandaj asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>Kjo copëz u bë për dikë tjetër, prandaj nuk u mbajt.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>Mban tashmë një copëz më të re nga ky person, prandaj kjo më e vjetër nuk u mbajt.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>Ai kod rikthimi nuk e hap këtë kopje rezervë. Përdor kodin që kishe kur e ruajte këtë kopje rezervë, dhe kontrollo çdo grup.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>Ky skedar është më i madh se sa mund të jetë një kopje rezervë, prandaj asgjë nuk u rikthye.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Shkruaj fillimisht kodin e rikthimit.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>Ai kod është shumë i shkurtër: ka {0} nga 28 shkronjat dhe shifrat e tij.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>Ai kod është shumë i gjatë: ka {0} shkronja dhe shifra, ndërsa një kod ka 28.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>Një kod rikthimi nuk ka kurrë këto: {0}. Kontrollo çdo shkronjë me letrën.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>Shkruaj fillimisht fjalët e një copëze.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>Një copëz ka 20 fjalë, dhe kjo ka {0}. Kontrollo që të jetë aty çdo fjalë.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>“{0}” nuk është një nga fjalët që përdorin copëzat. Krahasoje drejtshkrimin me copëzën.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>Një fjalë e kësaj copëze është shkruar gabim, ose dy janë ngatërruar. Lexoje edhe një herë.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>Diçka aty nuk është fare në rregull: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>Skedari nuk u lexua ose nuk u ruajt dot. Kontrollo që ka hapësirë dhe që mund të shkruash aty.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Diçka shkoi keq. Asgjë nuk ndryshoi.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>Madhësia e tekstit, ngjyrat, kyçja, fjalëkalimi dhe kopja rezervë (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>Emri dhe pamja</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Kyçja</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopja rezervë</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Njerëzit e besuar</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Copëzat që mbaj</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Faqet e cilësimeve</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>&amp;Ruaj emrin</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Ruaj emrin</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Kushdo që përdor këtë kompjuter mund ta shohë këtë emër.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Madhësia e tekstit në përqindje</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Madhësia e &amp;tekstit</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Ngjyrat</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>E çelët</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>E errët</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontrast i lartë</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Ngjyrat</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Lexim i lehtë: fjali të shkurtra, tekst më i madh dhe figura</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Lexim i lehtë</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>U ruajt. Mbyll Cilësimet për ta parë.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>U ruajt. Aplikacioni kalon në të kur mbyll Cilësimet.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>U ruajt. Tani quhet {0}.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>Madhësia e tekstit shkon nga {low} % në {high} %. Tani është {now} %.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>Kyçet edhe kur shtyp Kyç ose Fshihe tani.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> minutë</numerusform>
            <numerusform> minuta</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>Një kopje rezervë është një skedar. Ka brenda gjithë fletoren tënde. Kodi yt i rikthimit e hap. Mbaje skedarin të sigurt. Mbaje larg këtij laptopi, për shembull në një USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>Kyçu vetë pas kaq minutash pa përdorim</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>Kyçu &amp;vetë pas</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>Kyçet edhe menjëherë kur shtyp Kyç, ose Fshihe tani (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Fjalëkalimi i tanishëm</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Fjalëkalimi i tanishëm</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Ndr&amp;ysho fjalëkalimin</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Ndrysho fjalëkalimin</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>Këtu mund ta ndryshosh fjalëkalimin. Shkruaj atë që përdor tani. Pastaj shkruaj një të ri dy herë.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Po ndryshohet…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>U bë. Herën tjetër përdor fjalëkalimin e ri.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>Një kopje rezervë është një skedar me të gjithë fletoren tënde. Kodi yt i rikthimit e hap. Mbaje diku të sigurt, larg këtij laptopi.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Ruaj një &amp;kopje rezervë…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Ruaj një kopje rezervë</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ditë</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Kurrë</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>Më kujto të ruaj një kopje rezervë pas kaq ditësh (0: kurrë)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;Më kujto pas</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>Çfarë është kjo</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>Jepi një emër</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Zgjidh një fjalëkalim</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kodi yt i rikthimit</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Po punohet</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Po kyçet në mënyrë të sigurt… kjo zgjat pak.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Mbrapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Lexim i lehtë: fjali të shkurtra, tekst më i madh dhe figura</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Lexim i lehtë</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>Mbaj në një vend atë që ka rëndësi për ty. Atëherë nuk ke pse ta tregosh historinë tënde sërish.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>Është e jotja. Asgjë nuk ndahet pa thënë ti.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>Qëndron në këtë kompjuter. Është e kyçur. Vetëm ti e di fjalëkalimin.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>Profili juaj profesional</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>Profili juaj profesional mban fletoret që të rinjtë ndajnë me ju, që t&apos;i lexoni dhe t&apos;i printoni.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>Jepini fillimisht kartën tuaj çdo personi të ri. Ajo që ndajnë është bërë vetëm për ju, dhe fshihet kur mbaron koha që zgjodhën.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>Qëndron në këtë kompjuter, i kyçur me një fjalëkalim që e dini vetëm ju. Asgjë nuk dërgohet përmes internetit.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>Ndihmoni një person të ri</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>Ndihmoni një person të ri ta mbajë fletoren e tij të përditësuar: shkruani atë që dini se e ndihmon, dhe dërgojeni si sugjerime që ai zgjedh t&apos;i shtojë.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>Vendos ai. Çdo sugjerim mund të shtohet siç është, të ndryshohet ose të lihet mënjanë. Asgjë nuk hyn në fletoren e tij nëse nuk e zgjedh vetë.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>Skicat tuaja qëndrojnë në këtë kompjuter, të kyçura me një fjalëkalim që e dini vetëm ju.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>Nuk është shërbim për raste krize. Nëse ju ose personi i ri keni nevojë për ndihmë tani, telefononi Samaritans në 116 123 ose dërgoni SHOUT me mesazh në 85258. Në rast emergjence, telefononi 999.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>Një vend që është yti</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>Mbaj atë që ka rëndësi për ty në një vend: kush je, në çfarë je i zoti, çfarë të ndihmon dhe kush ka rëndësi për ty. Kështu nuk ke nevojë ta tregosh historinë tënde sërish sa herë që ndryshon diçka.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>Është e jotja. Asgjë nuk ndahet nëse nuk zgjedh ta ndash.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>Qëndron në këtë kompjuter, e kyçur me një fjalëkalim që e di vetëm ti.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Kushdo në këtë kompjuter mund ta shohë këtë emër. Nuk ka pse të thotë çfarë ka brenda.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>Zgjidh një emër që e ndjen si tëndin. Mund ta ndryshosh më vonë.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>E sheh vetëm tani. Nëse humbet fjalëkalimin dhe këtë kod, askush nuk mund ta hapë. As ne. Njerëzit e besuar mund të të ndihmojnë të kthehesh brenda: zgjidhi më vonë te Cilësimet.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>Kjo është e vetmja herë që shfaqet. Nëse humbet edhe fjalëkalimin edhe këtë kod, askush nuk mund ta hapë fletoren tënde, as ne, përveç nëse ke caktuar njerëz të besuar (Cilësimet, pastaj Njerëzit e besuar): dy prej tyre mund të të ndihmojnë të kthehesh brenda.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Emri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>Për shembull: Historia ime</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Ide:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Historia ime</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Gjithçka për mua</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>Fletorja blu</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>Përdor emrin {0}</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>Ky aplikacion nuk është për raste urgjente. Të duhet ndihmë tani? Këta janë falas, ditë e natë:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>Nuk është shërbim për raste krize. Nëse ke nevojë për ndihmë tani, këta janë falas, ditë e natë:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Kushdo që përdor këtë kompjuter mund ta shohë këtë emër, prandaj mund të jetë maskim: nuk ka nevojë të thotë çfarë ka brenda.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>Ky emër shfaqet në listën në këtë kompjuter. Mund ta ndryshoni më vonë.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Puna</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesionist</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Rastet e punës</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Për shembull: Puna</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Kushdo që përdor këtë kompjuter mund ta shohë këtë emër.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugjerimet</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>Shënime shtëpie</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>Për shembull: Ndihmë</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>Kushdo që përdor këtë kompjuter mund ta shohë këtë emër, prandaj më mirë mos përdorni emrin e personit të ri.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>Ky e hap. Disa fjalë që do t&apos;i mbash mend, por që të tjerët nuk do t&apos;i qëllojnë, funksionojnë mirë, si &quot;çajnik vjollcë të martën&quot;.</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>Ky e hap. Përdor disa fjalë që do t&apos;i mbash mend. Për shembull: çajnik vjollcë të martën.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Fjalëkalimi</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Nëse e harron ndonjëherë fjalëkalimin, ky kod e hap në vend të tij. Shkruaje ose printoje, dhe mbaje diku të sigurt, larg këtij kompjuteri.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>E harrove fjalëkalimin? Ky kod e hap në vend të tij. Shkruaje. Mbaje të sigurt, larg këtij kompjuteri.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>Kjo është e vetmja herë që shfaqet. Nëse humbni edhe fjalëkalimin edhe këtë kod, askush nuk mund ta hapë këtë profil ose atë që është ndarë me ju, as ne.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>Kjo është e vetmja herë që shfaqet. Nëse humbni edhe fjalëkalimin edhe këtë kod, askush nuk mund ta hapë këtë profil ose skicat tuaja, as ne.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Hapi {0} nga {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tjetër</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>&amp;Bëje</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>E kam ruajtur, f&amp;illo</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>E tërhequr</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Zëvendësuar nga një më e re</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Koha mbaroi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>E hapur</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}; e hapën më {1}</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}; u përgjigjën më {1}</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Ndarë më</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Deri më</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>një shënim i fshirë që atëherë</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>Për {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>Përgjigjet për këtë ndarje</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} u përgjigj më {date}</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>Çfarë do të bëjë {name} për ‘{title}’: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>Ndaj</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Mbrapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>Çfarë do të ndash?</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>&amp;Zgjidh të gjitha shënimet e mia të rëndësishme tani</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>Zgjidh të gjitha shënimet e mia të rëndësishme tani</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>&amp;Pastro zgjedhjen</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>Pastro zgjedhjen</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>&amp;Shënimet, sipas pjesëve</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Shënimet për t&apos;u ndarë</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Ende asgjë e zgjedhur.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Foto: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>Tingull: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Skedar: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Për kë është?</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>Dikush kartën e të cilit e &amp;kam</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>Dikush kartën e të cilit e kam</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>Dikush pa kartën e apl&amp;ikacionit</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>Dikush pa kartën e aplikacionit</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>Njerëzit kartat e të cilëve i ke</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>Ende nuk ke shtuar kartën e askujt. Shto një në faqen Njerëzit, ose ndaj me dikë pa kartën e aplikacionit.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>&amp;Emri i tyre</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>Emri &amp;yt, siç do ta shohin</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Emri i tyre</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>Shëno çfarë do të ndash. Asgjë tjetër nuk shkon.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>Asgjë nuk zgjidhet derisa ta shënosh. Fotot dhe tingujt shkojnë me shënimin e tyre, përveç nëse ua heq shenjën.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(e rëndësishme tani)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>Vendos &amp;lart çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>Çfarë duhet të dinë njerëzit së pari: shkruaje te Kreu për ta ndarë</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>Ndaj çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>U zgjodh %n shënim.</numerusform>
            <numerusform>U zgjodhën %n shënime.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>Nuk ke ende karta. Shto një te faqja Njerëzit.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>Për shembull: Znj. Green në shkollë</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>Aplikacioni bën një fjalëkalim për skedarin. Thuaja me gojë. Mos e dërgo kurrë bashkë me skedarin.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>Aplikacioni do të bëjë një fjalëkalim për skedarin. Ua thua me gojë, ballë për ballë ose në telefon, kurrë në të njëjtin mesazh me skedarin.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>Ende nuk i ke kontrolluar numrat e kartës me {0}. Mund të ndash gjithsesi. Por është më mirë t&apos;i kontrollosh numrat me ta më parë. Bëje këtë në faqen Njerëzit.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>Ende nuk i ke krahasuar numrat e kartës me {0}. Mund të ndash gjithsesi, por nëse mundesh, kontrollo fillimisht numrat me ta (në faqen Njerëzit).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Për sa kohë?</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>Pse po e ndan?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Emri yt</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>Për sa kohë, dhe pse?</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>Kur mbaron koha, aplikacioni i tyre e fshin.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 mu&amp;aj</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>&amp;1 javë</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 muaj</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>Deri në një &amp;datë:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>Deri në këtë datë</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>Pse? Ata do ta shohin kët&amp;ë.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>Pse po e nda&amp;n? Ata do ta shohin këtë.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>Pse po e ndan</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>Për shembull: kalimi në një shkollë të re</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Emri juaj, siç do ta shohë ai</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>Paraparje e skedarit të ndarë</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>Kjo është saktësisht ajo që do të shohë {0}</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>Kjo zë vendin e asaj që ndave me {0} më {1}. Kur ta hapin këtë, aplikacioni i tyre fshin të vjetrën.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>Kjo zëvendëson atë që ndave me {0} më {1}. Aplikacioni i tyre e fshin atë kur e hapin këtë.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>Herën e kaluar, çfarë duhet të dinë njerëzit së pari shkoi te {0}. Këtë herë nuk do të shkojë, përveç nëse e shënon.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>Herën e kaluar, çfarë duhet të dinë njerëzit së pari shkoi te {0}. Tani është bosh. Prandaj këtë herë nuk do të shkojë.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>Çfarë duhet të dinë njerëzit së pari shkoi me ndarjen tënde të fundit me {0}. Nuk do të shkojë me këtë, përveç nëse e shënon.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>Çfarë duhet të dinë njerëzit së pari shkoi me ndarjen tënde të fundit me {0}. Tani është bosh, prandaj nuk do të shkojë me këtë.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>e re: çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>e ndryshuar: çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>nuk ndahet më: çfarë duhet të dinë njerëzit së pari</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>e re: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>e ndryshuar: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>nuk ndahet më: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>nuk ndahet më: %n që e fshive</numerusform>
            <numerusform>nuk ndahen më: %n që i fshive</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>Asgjë nuk ka ndryshuar që kur ndave për herë të fundit me {0} më {1}.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>Që kur ndave për herë të fundit me {0} më {1}: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Po ruhet skedari</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>Fjalëkalimi. Lexoja atyre me zë:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Për {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>Ruaj skedarin e ndarë</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Skedarë të ndarë (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Po ruhet…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>U ruajt</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n shënim</numerusform>
            <numerusform>%n shënime</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>“{0}” u ruajt. Mban {1} për {2}, deri në fund të {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>Mund ta kopjojnë në regjistrat e tyre; ajo kopje mbetet edhe pasi të mbarojë.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>Jepua skedarin. Hapet vetëm me fjalëkalimin më poshtë.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>Jepua skedarin, në një USB ose me email. Vetëm aplikacioni i tyre mund ta hapë.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>Fjalëkalimi: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>“{0}” u ruajt. Ka {1} për {2}. Hapet deri në fund të {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>Mund ta kopjojnë në regjistrat e tyre. Ajo kopje mbetet edhe pas fundit.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>Jepua skedarin. Përdor një USB ose email. Vetëm aplikacioni i tyre mund ta hapë.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Asgjë nuk u nda.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Hapi {0} nga {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tjetër</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>Shi&amp;he më parë</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Ruaj skedarin…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;U bë</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>Faqet dhe veprimet</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>Regjistro një tingull</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>Regjistro zërin tënd, muzikë ose çfarë të duash. Qëndron në këtë kompjuter, e kyçur në fletoren tënde, dhe vetëm nëse e mban.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Regjistro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Regjistro</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Niveli i zërit</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>Nuk u gjet asnjë mikrofon në këtë kompjuter. Mund të shtosh prapë një tingull nga një skedar.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>&amp;Mbaje këtë tingull</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>Mbaje këtë tingull</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Mb&amp;yll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hidhe</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>Hidhe këtë tingull</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>Mikrofoni nuk mund të përdoret tani. Kontrollo që të jetë i lidhur, pastaj provo sërish.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>Kjo është gjatësia më e madhe që mund të ketë një tingull. Dëgjoje, pastaj mbaje ose hidhe.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>Mikrofoni ndaloi. Ajo që u regjistrua deri tani është ende këtu.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pushim</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Ndalo regjistrimin përkohësisht</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Po regjistrohet…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>&amp;Vazhdo regjistrimin</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>Vazhdo regjistrimin</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>Në pushim. Mund ta dëgjosh, ta vazhdosh, ta mbash ose ta hedhësh.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>Niveli i zërit: në pushim</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>Niveli i zërit: nuk dëgjohet asgjë</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>Niveli i zërit: i ulët</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>Niveli i zërit: i mirë</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>Niveli i zërit: shumë i lartë</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} regjistruar, {left} mbetur</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>regjistrimin tënd</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>Nuk ka zë për {language} në këtë kompjuter, prandaj kjo nuk mund të lexohet me zë. Një zë mund të shtohet te cilësimet e vetë kompjuterit.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>Leximi me zë nuk po punon në këtë kompjuter tani për tani.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>Leximi me zë ka nevojë për të folurit e kompjuterit, dhe ai nuk funksionon këtu. Në Linux, instalimi i speech-dispatcher dhe espeak-ng e jep.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>E shënuar.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>Disa të shënuara.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>E pashënuar.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>Kjo është demoja. Fjalëkalimi i saj është: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>Fjalët e tua janë ruajtur</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>Ajo që shkrove kur nuk kishte më hapësirë është ruajtur tani.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kodi yt i rikthimit</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>Rreth meje</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>Çfarë do të doje të dinin njerëzit për ty?</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>Çfarë do të donte të dinin njerëzit për të?</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Pikat e mia të forta</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>Në çfarë je i mirë? Çfarë u pëlqen njerëzve te ti?</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>Në çfarë është i mirë? Çfarë u pëlqen njerëzve te ai?</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Çfarë ndihmon</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>Çfarë të ndihmon kur ndihesh i stresuar ose i mërzitur?</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>Çfarë e ndihmon kur ndihet i stresuar ose i mërzitur?</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Çfarë nuk ndihmon</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>Çfarë t&apos;i bën gjërat më të vështira?</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>Çfarë ia bën gjërat më të vështira?</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>Njerëzit që kanë rëndësi</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>Kush është i rëndësishëm për ty?</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>Kush është i rëndësishëm për të?</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>Çfarë ka funksionuar më parë</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>Çfarë të ka ndihmuar në të kaluarën?</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>Çfarë e ka ndihmuar në të kaluarën?</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Kur gjërat bëhen të vështira</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>Çfarë duhet të bëjnë njerëzit kur gjërat bëhen të vështira për ty?</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>Çfarë duhet të bëjnë njerëzit kur gjërat bëhen të vështira për të?</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>Shpresat dhe planet</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>Për çfarë po pret me padurim?</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>Për çfarë po pret me padurim?</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>Ndryshime që po vijnë</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>A po ndryshon diçka së shpejti, si një shtëpi ose një shkollë e re?</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>A po ndryshon diçka për të së shpejti, si një shtëpi ose një shkollë e re?</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>Ndryshoje, pastaj shtoje</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>Ndrysho sugjerimin, pastaj shtoje</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Bëje tëndin</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>Sugjeruar nga {name}. Ndrysho çfarë të duash; mbahet vetëm ajo që shton.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>&amp;Shto në fletoren time</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>Shto në fletoren time</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jo tani</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>Jo tani: le të presë</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titulli</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Fjalët</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Fjalët</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Pjesa</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Pjesa</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;E rëndësishme tani</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>E rëndësishme tani</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugjerimet</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>Ide nga njerëz që të ndihmojnë. Asgjë nuk hyn në fletoren tënde nëse nuk e shton.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>&amp;Hap sugjerimet…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>Hap një skedar me sugjerime</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Po hapet skedari</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>Asgjë në pritje. Kur dikush që të ndihmon të jep një skedar me sugjerime, hape këtu.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>Sugjerime që të presin</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>Të &amp;presin</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugjeruar</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>Sugjerimi, pranë asaj me të cilën lidhet</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>&amp;Shtoje në fletoren time</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>Shtoje në fletoren time siç është</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;Ndryshoje, pastaj shtoje…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>Ndryshoje, pastaj shtoje</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;Jo, faleminderit…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>Thuaj jo për këtë sugjerim</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Jo, faleminderit</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>Jo, faleminderit: lëre jashtë këtë sugjerim</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>Jo, faleminderit për “{title}”? Nuk do të hyjë në fletoren tënde, dhe ky sugjerim nuk do të mbahet këtu.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>Jo, faleminderit: “{title}” nuk do të hyjë në fletoren tënde.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>Mbaje për tani</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>Tashmë në fletoren tënde</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>Ende asgjë e ngjashme.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Hap sugjerimet</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>Sugjerime (*{0});;Çdo skedar (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Po hapet dhe kontrollohet skedari…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>I ke parë tashmë të gjitha në këtë skedar nga {name}.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} dërgoi një sugjerim. Asgjë nuk është në fletoren tënde derisa ta shtosh.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} dërgoi {count} sugjerime. Asgjë nuk është në fletoren tënde derisa t&apos;i shtosh.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Shënimi i tyre: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Bashkëngjitur: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>Foto e bashkëngjitur: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>“{title}” u shtua te {section}.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>Tregoji {name} çfarë vendose…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Tregoji {name} çfarë vendose</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>Nga {name}, për “{section}”</translation>
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
        <translation>Madhësia e tekstit {0} përqind</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Rrjedha kohore</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Shënimet, më të rejat të parat</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>Ende asgjë këtu. Ajo që shkruan shfaqet këtu, më e reja e para.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>Më të rejat të parat, sipas kur ndodhi, ose kur e shkrove.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>Kyç</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>Kyçe tani (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Fshihe tani</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>Kyçu menjëherë dhe shfaq një faqe bosh (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>numrat u kontrolluan</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>numrat nuk janë kontrolluar ende</translation>
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
        <translation>Ndoshta një ditë humbet fjalëkalimin dhe kodin e rikthimit. Atëherë njerëzit që u beson mund të të ndihmojnë të kthehesh brenda. Zgjidh tre nga njerëzit e tu. Secili merr një copëz. Një copëz është një skedar i vogël. Vetëm aplikacioni i tyre mund ta hapë. Dy copëza bashkë të kthejnë brenda. Një copëz e vetme nuk hap asgjë.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>Nëse humbet ndonjëherë edhe fjalëkalimin edhe kodin e rikthimit, njerëzit që u beson mund të të ndihmojnë të kthehesh brenda. Zgjidh tre nga njerëzit e tu. Secili merr një copëz: një skedar të vogël që vetëm aplikacioni i tij mund ta hapë. Çdo dy copëza bashkë të kthejnë brenda; një copëz e vetme nuk hap asgjë.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>&amp;Zgjidh tre njerëz</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>Zgjidh tre njerëz</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>Të zgjedhur: {0} nga 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>&amp;Emri yt, siç të njohin njerëzit e tu të besuar</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>Emri yt, siç të njohin njerëzit e tu të besuar</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>Çdo copëz thotë e kujt është. Prandaj karta jote ka nevojë fillimisht për një emër. Emri shkon edhe në kartën tënde (Karta ime).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>Çdo copëz thotë e kujt është, prandaj karta jote ka nevojë fillimisht për një emër. Ai shkon edhe në kartën tënde (Karta ime).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;Përdor këtë emër</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Përdor këtë emër</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>Shto fillimisht kartat e njerëzve që u beson. Bëje këtë te Njerëzit. Pastaj kthehu këtu.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>Shto fillimisht kartat e njerëzve që u beson (Njerëzit), pastaj kthehu këtu.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>&amp;Bëj copëzat e tyre…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>Bëj copëzat e tyre</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>Po bëhen copëzat</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Njerëzit e besuar</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>Shko te &amp;Njerëzit…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>Shko te Njerëzit, për të shtuar karta ose për të kontrolluar numrat e tyre</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>Të duhen kartat e tre njerëzve. Shto edhe %n kartë te Njerëzit.</numerusform>
            <numerusform>Të duhen kartat e tre njerëzve. Shto edhe %n karta te Njerëzit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>Të duhen kartat e tre njerëzve: shto edhe %n kartë te Njerëzit.</numerusform>
            <numerusform>Të duhen kartat e tre njerëzve: shto edhe %n karta te Njerëzit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>Shëno tre njerëz në listë. Mbetet edhe %n për t&apos;u shënuar.</numerusform>
            <numerusform>Shëno tre njerëz në listë. Mbeten edhe %n për t&apos;u shënuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>Shëno tre njerëz në listë: mbetet edhe %n për t&apos;u shënuar.</numerusform>
            <numerusform>Shëno tre njerëz në listë: mbeten edhe %n për t&apos;u shënuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>U shënuan tre njerëz.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>U ruajtën tre skedarë në {folder}. Jepi secilit person skedarin e vet. Jepja dorazi, ose në një USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>U ruajtën tre skedarë në {folder}. Jepi secilit person skedarin e vet (dorazi, ose në një USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>Kontrollo fillimisht numrat e kartës me {0}. Bëje te Njerëzit, te karta e tyre. Atëherë e di që copëza shkon te personi i duhur.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>Kontrollo fillimisht numrat e {0} bashkë me të (Njerëzit, pastaj karta përkatëse): një copëz është aq e sigurt sa karta ku shkon.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>Kontrollo fillimisht numrat e këtyre njerëzve bashkë me ta (Njerëzit, pastaj karta përkatëse): {0}. Një copëz është aq e sigurt sa karta ku shkon.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>Copëzat që kanë {0} nuk punojnë tani. Janë nga para se ta riktheje fletoren. Shëno tre njerëz më poshtë për të bërë copëza të reja.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>Copëzat që mbajnë {0} janë nga para një rikthimi, dhe nuk e hapin më këtë fletore. Shëno tre njerëz më poshtë për të bërë të reja.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>Nuk ke ende njerëz të besuar.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>Njerëzit e tu të besuar janë {0}. Copëzat e tyre i bëre më {1}. Nëse bën copëza të reja, copëzat e vjetra nuk punojnë më.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>Njerëzit e tu të besuar janë {0} (copëzat u bënë më {1}). Të bësh copëza të reja do të thotë që ato që kanë tani nuk hapin më asgjë.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>Zgjidh një dosje për tri copëzat</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>E hapin në aplikacionin e tyre. Shkojnë te Cilësimet, pastaj Copëzat që mbaj.</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>Në aplikacionin e tyre e hapin te Cilësimet, pastaj Copëzat që mbaj.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>Nuk e mbarove bërjen e kodit të ri. Kodi yt i vjetër punon ende.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>Kthehu brenda me njerëz të &amp;besuar…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Kthehu brenda me njerëz të besuar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Hape</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Hape</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Kthehu te &amp;lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Kthehu te lista</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Po hapet</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Po hapet…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>Shkruaj &amp;kodin e rikthimit</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikthimit</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Kodi që shënove ose printove</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>Përdor fjalëkalimin &amp;tim</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>Shkruaj &amp;fjalëkalimin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>Përdor kodin tim të &amp;rikthimit</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>Tërhiq atë që ndave</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>Kur aplikacioni i tyre e hap, fshin atë që ndave dhe nuk e hap më atë skedar.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>Nuk u arrin vetë: jepjua në të njëjtën mënyrë si ua dhe skedarin e parë.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>Nuk mund të kthejë atë që kanë lexuar, printuar ose shënuar tashmë. Nëse kjo të shqetëson, fol me ta ose me dikë që i beson.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>&amp;Bëj skedarin e tërheqjes…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>Bëj skedarin e tërheqjes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>Kjo bën një skedar të vogël tërheqjeje për {name}, për atë që ndave më {date} në orën {time}</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>, “{purpose}”</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} dhe %n tjetër</numerusform>
            <numerusform>: {titles} dhe %n të tjera</numerusform>
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
        <translation>Shkruar me</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>Dikush që të ndihmoi ta shkruash këtë. Zgjidh ose shkruaj një emër, ose lëre bosh.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Vetëm unë</translation>
    </message>
</context>
</TS>
