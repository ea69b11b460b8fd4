<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Ychwanegu cerdyn rhywun</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>Dewisa&apos;r ffeil cerdyn a roddon nhw i ti. Yna darllenwch y rhifau&apos;n uchel gyda&apos;ch gilydd: os ydyn nhw&apos;n cyfateb, does neb wedi cyfnewid y cerdyn ar y ffordd.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>&amp;Dewis y ffeil cerdyn…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>Dewis y ffeil cerdyn</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>Fe wnaethon ni ddarllen y rhifau&apos;n uchel ac maen nhw&apos;n &amp;cyfateb</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>Fe wnaethon ni ddarllen y rhifau&apos;n uchel ac maen nhw&apos;n cyfateb</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>&amp;Ychwanegu&apos;r cerdyn</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>Ychwanegu&apos;r cerdyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Cardiau (*{0});;Unrhyw ffeil (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Rho wybod i {name} beth wnest ti benderfynu</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>Rho wybod iddyn nhw beth wnest ti benderfynu</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>Dyma bopeth mae&apos;r ateb yn ei ddweud. Does dim teitlau ynddo a dim o dy eiriau di: mae {name} yn ei weld wrth ymyl yr hyn a anfonon nhw.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>Beth mae&apos;r ateb yn ei ddweud</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>Beth mae&apos;r ateb yn ei &amp;ddweud</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>&amp;Cadw&apos;r ateb…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>Cadw&apos;r ateb fel ffeil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>fe wnest ti ei ychwanegu</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>fe wnest ti ei ychwanegu gyda newidiadau</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>fe ddywedaist ti dim diolch</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>heb benderfynu eto</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>Awgrym {number} a anfonwyd ar {date}: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>Ateb i {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Cadw&apos;r ateb</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>Atebion (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>Wedi&apos;i gadw. Rho&apos;r ffeil i {name}; yn eu ap nhw, maen nhw&apos;n dewis “Anfon awgrymiadau…”, yna “Agor ateb…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>Lluniau, synau a ffeiliau</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>Ychwanegu llun, sain neu ffeil…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>Ychwanegu llun, sain neu ffeil</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>Lluniau a synau (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>Tynnu llun…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>Recordio sain…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>Recordio sain</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>Rho deitl yn gyntaf, yna gelli di ychwanegu lluniau, synau a ffeiliau.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Yn ychwanegu {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Wedi ychwanegu {name}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Tynnu {name}?</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>Bydd yn cael ei dynnu o&apos;r cofnod hwn a&apos;i ddileu. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Wedi tynnu {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Yn cadw copi…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Wedi cadw copi fel {name}.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>Cadw copi…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Cadw copi o {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Tynnu {name}</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Yn agor y llun…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Llun: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>Does dim modd dangos y llun hwn, ond mae&apos;n cael ei gadw&apos;n ddiogel.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>Fy narlun, {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>Fy recordiad, {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>llai nag 1 KB</translation>
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
        <translation>atodiad</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>Chwarae {name}</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>Does dim modd chwarae synau ar y cyfrifiadur hwn. Gelli di gadw copi a&apos;i chwarae yn rhywle arall.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Yn agor…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>Saib {name}</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Yn chwarae</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>Does dim modd chwarae&apos;r sain hon yma. Gelli di gadw copi a&apos;i chwarae yn rhywle arall.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>Un ffeil gyda phopeth yn dy basbort. Mae hynny&apos;n golygu dy eiriau, lluniau, synau, hanes a phobl. Os bydd y gliniadur hwn yn mynd ar goll, mae&apos;r ffeil yn dod â dy basbort yn ôl.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>Un ffeil gyda phopeth yn dy basbort: dy eiriau, lluniau, synau, hanes a phobl. Os bydd y gliniadur hwn yn mynd ar goll, mae&apos;n dod â dy basbort yn ôl.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Mae dy god adfer newydd yn agor y ffeil hon. Cadwa fe rywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Mae dy god adfer yn agor y ffeil hon. Cadwa fe rywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>Yn cadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>Dewis ble i&apos;w &amp;gadw…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Dewis ble i gadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>Copi wrth gefn {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>Copïau wrth gefn (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>Yn cadw… Gelli di ddal ati i ddefnyddio&apos;r ap.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>Wedi cadw fel {name} yn {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Mae&apos;n dipyn o amser ers dy gopi wrth gefn diwethaf. Mae copi wrth gefn yn cadw dy basbort yn ddiogel os bydd y gliniadur hwn yn mynd ar goll.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Cadw copi wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>Dim nawr: atgoffa fi y tro nesaf</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Nodyn atgoffa am gopi wrth gefn</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>Mae dy god adfer wedi newid, a dim ond gyda&apos;r hen un mae copïau wrth gefn a gadwaist ti o&apos;r blaen yn agor. Cadwa gopi wrth gefn newydd nawr, i fynd gyda dy god newydd.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>Mae dy god adfer wedi newid. Cadwa gopi wrth gefn nawr, fel bod dy basbort yn ddiogel os bydd y gliniadur hwn yn mynd ar goll; mae dy god newydd yn ei agor.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>Mae dy god adfer wedi newid. Mae dy hen gopïau wrth gefn angen yr hen god. Felly cadwa gopi wrth gefn newydd nawr. Mae&apos;n mynd gyda dy god newydd.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>Mae dy god adfer wedi newid. Cadwa gopi wrth gefn nawr. Yna mae dy basbort yn ddiogel os bydd y gliniadur hwn yn mynd ar goll. Mae dy god newydd yn agor y copi wrth gefn.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Dwyt ti ddim wedi cadw copi wrth gefn ers tipyn. Mae copi wrth gefn yn cadw dy basbort yn ddiogel os bydd y gliniadur hwn yn mynd ar goll.</translation>
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
        <translation>Sut i siarad â fi</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Beth i&apos;m galw</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>Yr enw rwyt ti&apos;n hoffi cael dy alw</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Peidiwch â gofyn i mi am</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>Er enghraifft: dywedwch wrtha i beth fydd yn digwydd nesaf; rhowch amser i mi ateb</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>Mae&apos;r rhain yn aros yn dy basbort. Dim ond pan fyddi di&apos;n eu ticio wrth rannu maen nhw&apos;n cael eu rhannu, ac yna maen nhw&apos;n dod cyn popeth arall.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>Beth i&apos;m &amp;galw…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>&amp;Peidiwch â gofyn i mi am…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;Sut i siarad â fi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>Mae hynny&apos;n llawer o eiriau: mae pob blwch yn dal %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae hynny&apos;n llawer o eiriau: mae pob blwch yn dal %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae hynny&apos;n llawer o eiriau: mae pob blwch yn dal %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae hynny&apos;n llawer o eiriau: mae pob blwch yn dal %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae hynny&apos;n llawer o eiriau: mae pob blwch yn dal %n nod ar y mwyaf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>Beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>Beth ddylai pobl dy alw di? Oes rhywbeth y byddai&apos;n well gen ti beidio â chael dy holi amdano? Sut rwyt ti&apos;n hoffi i bobl siarad â ti?</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Beth i&apos;m galw</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Peidiwch â gofyn i mi am</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Sut i siarad â fi</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>Dim ond pan fyddi di&apos;n eu ticio wrth rannu maen nhw&apos;n cael eu rhannu.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>Eu &amp;hysgrifennu…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>Ysgrifennu beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>Newid beth ddylai pobl ei wybod gyntaf</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>Beth i&apos;m galw</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Peidiwch â gofyn i mi am</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Sut i siarad â fi</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Darllenwch hwn gyntaf, os gwelwch yn dda</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>Beth ddylai pobl ei wybod gyntaf: ticia bob un i&apos;w roi ar y brig.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>Rhoi “{0}” ar y dudalen</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>Wedi&apos;i rannu gan {sender} gyda {recipient}, ar agor tan {until}. Mae {sender} wedi caniatáu i {recipient} gadw copi yn eu cofnodion swyddogol; fel arall, paid â&apos;i drosglwyddo, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>Wedi&apos;i rannu gan {sender} gyda {recipient}, ar agor tan {until}. Paid â&apos;i gopïo na&apos;i drosglwyddo, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>Nid ar gyfer y cofnodion swyddogol.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>Gellir ei gopïo i&apos;w cofnodion swyddogol (mae copi yno&apos;n aros ar ôl iddo ddod i ben)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>I&apos;w ddarllen yn unig: nid ar gyfer y cofnodion swyddogol</translation>
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
        <translation>(newydd)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
            <numerusform>%n newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n wedi newid</numerusform>
            <numerusform>%n wedi newid</numerusform>
            <numerusform>%n wedi newid</numerusform>
            <numerusform>%n wedi newid</numerusform>
            <numerusform>%n wedi newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n ddim yn cael eu rhannu mwyach</numerusform>
            <numerusform>%n ddim yn cael ei rannu mwyach</numerusform>
            <numerusform>%n ddim yn cael eu rhannu mwyach</numerusform>
            <numerusform>%n ddim yn cael eu rhannu mwyach</numerusform>
            <numerusform>%n ddim yn cael eu rhannu mwyach</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>Dim byd wedi newid ers {0}.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>Beth sydd wedi newid ers {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>Ddim yn cael eu rhannu mwyach: %n o&apos;r un diwethaf</numerusform>
            <numerusform>Ddim yn cael ei rannu mwyach: %n o&apos;r un diwethaf</numerusform>
            <numerusform>Ddim yn cael eu rhannu mwyach: %n o&apos;r un diwethaf</numerusform>
            <numerusform>Ddim yn cael eu rhannu mwyach: %n o&apos;r un diwethaf</numerusform>
            <numerusform>Ddim yn cael eu rhannu mwyach: %n o&apos;r un diwethaf</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>nawr o dan ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>wedi&apos;i farcio&apos;n bwysig nawr bellach</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>ddim wedi&apos;i farcio&apos;n bwysig nawr mwyach</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>dyddiad newydd i holi a yw&apos;n dal yn wir</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>dyddiad newydd ar gyfer pryd y digwyddodd</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>lliw newydd</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>mae ei luniau, synau neu ffeiliau wedi newid</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>mae geiriau newydd wedi&apos;u tanlinellu a&apos;u marcio (newydd)</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>mae rhai geiriau wedi&apos;u tynnu allan</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Newydd:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Wedi newid:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>Mae geiriau wedi&apos;u tanlinellu, pob un gyda (newydd) ar ei ôl, yn newydd neu wedi newid ers {0}.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>Wedi&apos;i rannu gan {0}</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Pwysig nawr</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>Does dim byd yn y ffeil hon wedi&apos;i farcio&apos;n bwysig nawr.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>Popeth a rannwyd</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Wedi&apos;i rannu gan</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>Rhifau sy&apos;n dangos ei fod wedi dod oddi wrthot ti</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>Rhifau sy&apos;n dangos ei fod wedi dod oddi wrthyn nhw</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Wedi&apos;i rannu gyda</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Ar agor tan</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>diwedd {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>Pam y cafodd ei rannu</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(dim nodyn)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion swyddogol</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>Newydd ers {0}</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>Wedi newid ers {0}</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>Digwyddodd {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>Newidiwyd ddiwethaf {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>Awgrymwyd gan {carer} (gofalwr), wedi&apos;i newid a&apos;i ychwanegu gan {owner}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>Awgrymwyd gan {carer} (gofalwr), wedi&apos;i ychwanegu gan {owner}</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Llun: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>Llun na ellir ei ddangos: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>Sain: {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>Ffeil: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>Am y ffeil hon</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} Tudalen {1} o {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>Newydd: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>Wedi newid: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>Wedi newid: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>Cymharu&apos;r &amp;rhifau…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>Cymharu&apos;r rhifau</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>Darllenwch rifau&apos;r cerdyn gyda&apos;r person; os ydyn nhw&apos;n cyfateb, marciwch ei fod wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>Y ffeil a rannwyd</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>Dewiswch ffeil a rannwyd ar y chwith i&apos;w darllen yma.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>Synau yn y ffeil hon</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>Wedi&apos;i rannu gan {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>Ychwanegu cerdyn</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>Gwirio cerdyn</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>Ydy&apos;r cerdyn hwn wir gan {0}? Gwiriwch e gyda&apos;ch gilydd, wyneb yn wyneb neu ar y ffôn. Darllenwch y rhifau&apos;n uchel, un grŵp o bump ar y tro. Mae {0} yn edrych ar eu rhifau eu hunain. Ydy&apos;r grwpiau i gyd yr un fath? Yna eu cerdyn nhw yw e go iawn. Does neb wedi&apos;i gyfnewid ar y ffordd.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>Darllenwch y rhifau hyn yn uchel gyda {0}, wyneb yn wyneb neu ar y ffôn. Os yw eu rhai nhw yr un fath, eu cerdyn nhw yw e go iawn a does neb wedi&apos;i gyfnewid ar y ffordd.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>Fe wnaethon ni gymharu&apos;r rhifau, marcio ei fod wedi&apos;i &amp;wirio</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>Fe wnaethon ni gymharu&apos;r rhifau, marcio ei fod wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Dim nawr</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>Ei ychwanegu, gwirio&apos;n &amp;nes ymlaen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>Mae eich drafftiau&apos;n aros yma. Dim ond yr hyn rydych chi&apos;n ei anfon sy&apos;n mynd at y person ifanc, a nhw sy&apos;n penderfynu beth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;Anfon awgrymiadau…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>Anfon awgrymiadau</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>Dewiswch ddrafftiau a&apos;u cadw fel ffeil i&apos;r person ifanc (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>Ychwanegu cerdyn y person &amp;ifanc…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>Ychwanegu cerdyn y person ifanc</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>Fy ngh&amp;erdyn…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Fy ngherdyn</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>Eich cerdyn chi, i&apos;r person ifanc ei ychwanegu, er mwyn iddyn nhw wybod bod yr awgrymiadau&apos;n dod oddi wrthoch chi go iawn</translation>
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
        <translation>Rhifau wedi&apos;u gwirio</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>Rhifau heb eu gwirio eto</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>Wedi&apos;i rannu gyda chyfrinymadrodd (dim cerdyn)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>Pobl i siarad â nhw nawr</translation>
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
        <translation>Ffonia 116 123</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>Tecstia SHOUT i 85258</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (hyd at 19)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>Ffonia 0800 1111</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>GIG, pan mae&apos;n frys ond ddim yn argyfwng</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>Ffonia 111</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Mewn argyfwng</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>Ffonia 999</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>Pobl i siarad â nhw nawr</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Os wyt ti angen rhywun i siarad â nhw nawr</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>Mae&apos;r bobl hyn yno i ti, am ddim, ddydd a nos:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>Dileu “{0}” am byth?</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Dileu am byth?</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>Mae popeth ynddo&apos;n cael ei ddileu o&apos;r cyfrifiadur hwn: pob cofnod, llun a sain, a phopeth a rannwyd neu a dderbyniwyd. Does dim modd dadwneud hyn. Dim ond ffeil wrth gefn, os cafodd un ei chadw, all ddod ag e&apos;n ôl.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Dim ond y person sy&apos;n berchen arno all ei ddileu: teipia ei gyfrinymadrodd neu ei god adfer. Heb un o&apos;r rhain, does dim modd ei ddileu o&apos;r ap.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>Ei gyfrinymadrodd neu ei god ad&amp;fer:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>Ei gyfrinymadrodd neu ei god adfer</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Yn gwirio</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>Ei ddileu am &amp;byth</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>Ei ddileu am byth</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Ei &amp;gadw</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>Ychwanegwch gerdyn y person ifanc (Ychwanegu cerdyn y person ifanc…) i ddweud pasbort pwy yw&apos;r drafftiau hyn ar ei gyfer.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>Drafftiau ar gyfer {name}. {name} sy&apos;n penderfynu beth sy&apos;n mynd i mewn.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>Mae cerdyn {name} wedi&apos;i ychwanegu ac mae ei rifau wedi&apos;u gwirio. Gallwch chi anfon awgrymiadau at {name} nawr.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>Mae cerdyn {name} wedi&apos;i ychwanegu. Gwiriwch ei rifau gyda {name} pan allwch chi; gallwch chi anfon awgrymiadau nawr.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>Tudalen dynnu llun</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>Mae&apos;r bysellau saeth yn symud y groes; mae Space yn rhoi&apos;r pen i lawr neu&apos;n ei godi; mae Shift gyda saeth yn symud ymhellach.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Tenau</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>Pen tenau</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>Pen canolig</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Trwchus</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>Pen trwchus</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Porffor</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Rwber</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>Dadwneud y llinell olaf (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>C&amp;lirio&apos;r dudalen</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>Clirio&apos;r dudalen</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>Cadw&apos;r llun &amp;hwn</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>Cadw&apos;r llun hwn</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>Paid â&apos;i &amp;gadw</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>Paid â chadw&apos;r llun hwn</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;Pen:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>Ll&amp;iw:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>Bysellfwrdd: Tab i&apos;r dudalen, yna mae&apos;r saethau&apos;n symud y groes ac mae Space yn rhoi&apos;r pen i lawr neu&apos;n ei godi.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>Llun: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>Pwysig nawr</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>Mae llun ynddo</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>Mae sain ynddo</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>Mae ffeil ynddo</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>Agor “{title}”</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Porffor</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pinc</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Dim lliw</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>Lliw dy hun</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>Pwysig nawr</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>a {0} arall</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>← Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>Yn ôl (Esc). Mae dy eiriau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Fersiynau cynharach…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Dileu am byth…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>y cofnod hwn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>Ychydig eiriau i ddod o hyd iddo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Dy eiriau</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Ysgrifenna gymaint neu gyn lleied ag y mynni di.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>Dy &amp;eiriau</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;Pwysig nawr: ei ddangos gyntaf ar yr Hafan</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Pwysig nawr</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>Holi a yw&apos;n dal yn wir a&amp;r</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>Holi fi a yw&apos;n dal yn wir a&amp;r</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>Adr&amp;an</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>Wedi&apos;i ysgrifennu &amp;gyda</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>Dyddiad i holi a yw&apos;n dal yn wir</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Dyddiad y digwyddodd</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>Pryd y &amp;digwyddodd</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Lliw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>Heb ei gadw: mae hwn yn hir iawn. Beth am ei rannu&apos;n ddau gofnod?</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>Heb ei gadw eto: does dim lle ar ôl ar y cyfrifiadur hwn. Mae dy eiriau yma o hyd a byddan nhw&apos;n cael eu cadw cyn gynted ag y bydd lle.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>Heb ei gadw eto: rho deitl</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>Wedi&apos;i gadw. Y geiriau cyntaf yw&apos;r teitl nes i ti roi un.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>Mae&apos;r fersiwn gynharach yn ôl. Mae dy eiriau diweddarach yn cael eu cadw yn ei hanes.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>Dileu “{title}” am byth?</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>Mae hyn yn tynnu&apos;r cofnod, ei holl fersiynau cynharach a&apos;i luniau, synau a ffeiliau. Does dim modd ei ddadwneud.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>Awgrymwyd gan {name}</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>Awgrymodd {name} hyn; fe wnest ti ei newid cyn ei ychwanegu ar {day}.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>Awgrymodd {name} hyn; fe wnest ti ei ychwanegu ar {day}.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>Rhifau&apos;r cerdyn: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: darn {1} o 3, wedi&apos;i wneud ar {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>Efallai y bydd rhywun sy&apos;n ymddiried ynot ti yn rhoi darn i ti. Mae&apos;n eu helpu i fynd yn ôl i mewn i&apos;w pasbort. Cadwa fe yma. Efallai y bydd ei angen arnyn nhw un diwrnod. Yna dangosa ei eiriau iddyn nhw. Paid â&apos;u dangos i neb arall.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>Efallai y bydd rhywun sy&apos;n ymddiried ynot ti yn rhoi darn o&apos;u ffordd yn ôl i mewn i ti. Cadwa fe yma. Os byddan nhw byth ei angen, dangos ei eiriau iddyn nhw, a neb arall.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;Darnau rwyt ti&apos;n eu cadw</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>Darnau rwyt ti&apos;n eu cadw</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>Dwyt ti ddim yn cadw darnau i neb.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>&amp;Cadw darn o ffeil…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>Cadw darn o ffeil</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>Dangos ei &amp;eiriau…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>Dangos geiriau&apos;r darn a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>Di&amp;leu&apos;r ffeil honno…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>Dileu&apos;r ffeil y cafodd y darn ei gadw ohoni</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>Cadw darn</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>Darnau (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>Rwyt ti&apos;n cadw darn {0} nawr. Darn {1} o 3 yw e. Dangosa fe dim ond pan fydd {0} yn gofyn. Does dim angen y ffeil arnat ti mwyach. Dilea hi, fel na fydd neb arall yn dod o hyd iddi.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>Wedi cadw darn {0}, {1} o 3. Dangosa fe dim ond pan fydd {0} yn gofyn. Does dim angen y ffeil y daeth ohoni mwyach: dilea hi, fel na fydd neb arall yn dod o hyd iddi.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>Dileu ffeil y darn?</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>Mae&apos;r darn wedi&apos;i gadw yma, felly does dim angen y ffeil {0}. Ei dileu o&apos;r lle mae hi?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Ei dileu</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Cadw&apos;r ffeil</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i dileu. Mae&apos;r darn wedi&apos;i gadw yma.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>Cymharu&apos;r rhifau</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon yn dweud ei bod hi gan {0}, ond cafodd ei llofnodi gan gerdyn nad wyt ti wedi&apos;i weld o&apos;r blaen. Gall unrhyw un roi enw ar gerdyn, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>Gofyn i {0} ddarllen y rhifau ar eu cerdyn, wyneb yn wyneb neu ar y ffôn, a&apos;u cymharu â&apos;r rhain.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>Rhifau&apos;r cerdyn a lofnododd y ffeil hon:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>Rhifau&apos;r {0} rwyt ti&apos;n ei adnabod, a welwyd gyntaf ar {1}:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Ei ddileu</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Ei ddileu</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>Rhywun &amp;arall yw e: ei gadw</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>Rhywun arall yw e: ei gadw</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>Mae eu rhifau&apos;n cyfateb i&apos;r cerdyn hwn: ei restru fel gan berson gwahanol</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Dim nawr</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>Yn dweud ei fod gan {name}, derbyniwyd {day}: cerdyn gwahanol, wedi&apos;i ddal yn ôl</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>Wedi&apos;u &amp;dal yn ôl: heb eu hagor</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>Mae&apos;r rhain yn dweud eu bod gan rywun rwyt ti&apos;n ei adnabod yn barod, ond cawson nhw eu llofnodi gan gerdyn gwahanol. Gall unrhyw un roi enw ar gerdyn. Cymhara&apos;r rhifau gyda&apos;r person cyn i ti eu trystio.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>Ffeiliau wedi&apos;u dal yn ôl</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>Cymharu&apos;r &amp;rhifau…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>Cymharu&apos;r rhifau</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>Gweld rhifau&apos;r ddau gerdyn, yna cadw neu ddileu&apos;r ffeil</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>Wedi&apos;i dileu. Does dim byd a anfonodd y cerdyn hwnnw&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>Wedi&apos;i chadw fel gan berson gwahanol sydd hefyd o&apos;r enw {0}.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>Beth yw pwrpas y proffil hwn a sut mae&apos;n gweithio (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>Pobl i siarad â nhw nawr (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>Dyma dy le preifat dy hun i gadw&apos;r hyn sy&apos;n bwysig amdanat ti, fel nad oes rhaid i ti adrodd dy stori eto. Mae&apos;n aros ar y cyfrifiadur hwn, wedi&apos;i gloi. Does dim byd yn cael ei rannu oni bai dy fod ti&apos;n dewis ei rannu.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Os wyt ti angen rhywun i siarad â nhw nawr</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>Nid gwasanaeth argyfwng yw&apos;r ap hwn, a does neb yn gweld beth rwyt ti&apos;n ei ysgrifennu yma. Mae&apos;r bobl hyn yno i ti, am ddim, ddydd a nos:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Mae Gosodiadau, yna Copi wrth gefn, yn cadw un ffeil gyda phopeth ynddi. Cadwa hi ar ffon USB neu rywle i ffwrdd o&apos;r gliniadur hwn. Mae dy god adfer yn ei hagor, felly cadwa&apos;r cod yn ddiogel hefyd. Ar liniadur newydd, dewisa Adfer o gopi wrth gefn ar y sgrin gyntaf.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>Wedi colli dy god, neu wedi i rywun ei weld? Mae Gosodiadau, yna Cod adfer, yn gwneud un newydd: teipia dy gyfrinymadrodd yn gyntaf. Yna teipia grŵp olaf y cod newydd, i ddangos dy fod wedi&apos;i ysgrifennu; dim ond wedyn mae&apos;n cymryd lle dy hen god (os byddi di&apos;n cloi cyn hynny, mae dy hen god yn dal i weithio). Mae adfer yn rhoi cod newydd i ti hefyd. Mae dy hen god yn dal i agor dy hen gopïau wrth gefn, a&apos;r pasbort ar hen liniadur, ond nid hwn; felly cadwa gopi wrth gefn newydd.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Os wyt ti&apos;n anghofio dy gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>Pwysa Rhannu…, y botwm o dan y tudalennau ar y chwith, ticia&apos;r cofnodion, a dewisa i bwy mae e. Rwyt ti&apos;n gweld yn union beth fyddan nhw&apos;n ei weld cyn i unrhyw beth gael ei gadw. Dim ond yn eu ap nhw mae&apos;r ffeil yn agor (neu gyda chyfrinymadrodd rwyt ti&apos;n ei ddweud wrthyn nhw ar lafar), a dim ond tan y dyddiad a ddewisaist ti. Gelli di ei thynnu&apos;n ôl yn nes ymlaen ar y dudalen Pobl.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>Dyma dy le preifat dy hun. Rwyt ti&apos;n cadw&apos;r hyn sy&apos;n bwysig amdanat ti yma. Yna does dim rhaid i ti adrodd dy stori eto. Mae&apos;n aros ar y cyfrifiadur hwn. Mae wedi&apos;i gloi. Does dim byd yn cael ei rannu oni bai dy fod ti&apos;n dewis ei rannu.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>Nid gwasanaeth argyfwng yw&apos;r ap hwn. Does neb yn gweld beth rwyt ti&apos;n ei ysgrifennu yma. Mae&apos;r bobl hyn yno i ti. Maen nhw am ddim. Maen nhw yno ddydd a nos:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>Rhannu eto, ac ymatebion</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>Rhanna gyda&apos;r un person eto ac mae&apos;r ffeil newydd yn cymryd lle&apos;r hen un: dim ond yr un fwyaf newydd mae eu ap nhw&apos;n ei chadw, ac mae&apos;n dangos iddyn nhw beth sydd wedi newid. Os ydyn nhw&apos;n ymateb, agora eu ffeil ar y dudalen Pobl (Agor derbynneb neu ymateb…). Mae eu neges, a beth fyddan nhw&apos;n ei wneud am bob cofnod, i&apos;w gweld wrth ymyl y rhannu hwnnw o dan Beth rydw i wedi&apos;i rannu.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>Ar frig yr Hafan gelli di ysgrifennu beth i dy alw di, beth i beidio â holi amdano, a sut i siarad â ti. Pan fyddi di&apos;n eu rhannu, dyma&apos;r peth cyntaf mae&apos;r person yn ei ddarllen.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Pan fydd pethau&apos;n anodd</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>Mae&apos;r botwm Pan fydd pethau&apos;n anodd (Ctrl+Shift+P) yn cadw dy gynllun dy hun, gam wrth gam, yn dy eiriau di, gyda&apos;r bobl y gelli di siarad â nhw nawr. Gelli di ei rannu fel unrhyw gofnod.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>Lluniau, darluniau a synau</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>Mewn cofnod gelli di ychwanegu llun neu sain o ffeil, tynnu llun, neu recordio dy lais neu gerddoriaeth. Maen nhw&apos;n cael eu cadw dan glo y tu mewn i dy basbort, byth fel ffeiliau ar wahân.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>Dy broffil un dudalen</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>Mae Fy mhroffil un dudalen…, o dan y tudalennau, yn gwneud un dudalen amdanat ti o&apos;r cofnodion rwyt ti&apos;n eu dewis, i&apos;w hargraffu neu ei chadw fel PDF. Dim ond beth rwyt ti&apos;n ei ddewis sy&apos;n mynd arni.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>Cod adfer newydd</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>Ar y sgrin datgloi, dewisa Defnyddio fy nghod adfer yn lle, a theipia&apos;r cod a ysgrifennaist ti wrth ddechrau; yna dewisa gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>Os wyt ti&apos;n colli&apos;r cod adfer hefyd</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>Gall pobl ddibynadwy helpu, os wyt ti wedi&apos;u dewis nhw o flaen llaw: yn y Gosodiadau, yna Pobl ddibynadwy, dewisa dri pherson a rho ei ddarn ei hun i bob un. Yna, ar y sgrin datgloi, dewisa Mynd yn ôl i mewn gyda phobl ddibynadwy a theipia&apos;r geiriau mae dau ohonyn nhw&apos;n eu darllen i ti. Heb dy gyfrinymadrodd, dy god adfer neu ddarnau dau berson dibynadwy, all neb ei agor.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>Cadw darn i rywun</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>Os bydd ffrind yn dy ddewis di&apos;n un o&apos;u pobl ddibynadwy, cadwa eu darn yn y Gosodiadau, yna Darnau rydw i&apos;n eu cadw. Dangosa ei eiriau iddyn nhw yn unig, pan fyddan nhw&apos;n gofyn.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>Cuddio nawr: mae&apos;n cloi ar unwaith ac yn dangos tudalen wag</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>Ysgrifennu rhywbeth newydd</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>Rhannu rhywbeth</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>Pan fydd pethau&apos;n anodd: dy gynllun, a phobl i siarad â nhw nawr</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>Darllen y dudalen hon neu&apos;r cofnod hwn yn uchel; mae Esc yn ei atal</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>Symud rhwng pethau</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>Mynd ymlaen, mynd yn ôl</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>Darllen yn uchel a Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>Mae Darllen yn uchel ar yr Hafan ac ar bob cofnod. Mae&apos;n defnyddio llais dy gyfrifiadur ei hun. Does dim byd yn cael ei recordio na&apos;i gadw. Mae Hawdd ei ddeall yn y Gosodiadau, yna Enw a golwg. Mae&apos;n rhoi brawddegau byr, testun mwy a lluniau.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>Mae Darllen yn uchel, ar yr Hafan ac ar bob cofnod, yn defnyddio llais dy gyfrifiadur ei hun; does dim byd yn cael ei recordio na&apos;i gadw. Yn Gosodiadau, yna Enw a golwg, mae Hawdd ei ddeall: brawddegau byr, testun mwy a lluniau.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>Daw&apos;r lluniau o OpenMoji (openmoji.org), wedi&apos;u rhannu dan y drwydded Creative Commons CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>Pwysa&apos;r botwm Rhannu…. Mae o dan y tudalennau ar y chwith. Ticia&apos;r cofnodion rwyt ti eisiau eu rhannu. Dewisa i bwy mae e. Cyn i unrhyw beth gael ei gadw, rwyt ti&apos;n gweld yn union beth fyddan nhw&apos;n ei weld. Dim ond yn eu ap nhw mae&apos;r ffeil yn agor. Neu mae&apos;n agor gyda chyfrinymadrodd rwyt ti&apos;n ei ddweud wrthyn nhw. Dim ond tan y dyddiad a ddewisaist ti mae&apos;n agor. Yn nes ymlaen gelli di ei thynnu&apos;n ôl ar y dudalen Pobl. Mae hynny&apos;n golygu dy fod ti&apos;n ei chymryd yn ôl.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>Gelli di rannu gyda&apos;r un person eto. Yna mae&apos;r ffeil newydd yn cymryd lle&apos;r hen un. Dim ond yr un fwyaf newydd mae eu ap nhw&apos;n ei chadw. Mae&apos;n dangos iddyn nhw beth sydd wedi newid. Efallai y byddan nhw&apos;n ymateb gyda ffeil. Agora hi ar y dudalen Pobl, gydag Agor derbynneb neu ymateb…. Yna rwyt ti&apos;n gweld eu neges. Rwyt ti&apos;n gweld beth fyddan nhw&apos;n ei wneud am bob cofnod. Mae wrth ymyl y rhannu hwnnw, o dan Beth rydw i wedi&apos;i rannu.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>Ar frig yr Hafan gelli di ysgrifennu tri pheth. Beth i dy alw di. Beth i beidio â holi amdano. Sut i siarad â ti. Os byddi di&apos;n eu rhannu, mae&apos;r person yn eu darllen yn gyntaf.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>Pwysa&apos;r botwm Pan fydd pethau&apos;n anodd, neu Ctrl+Shift+P. Mae&apos;n cadw dy gynllun dy hun. Mae&apos;r cynllun yn mynd gam wrth gam, yn dy eiriau di. Mae ynddo&apos;r bobl y gelli di siarad â nhw nawr. Gelli di ei rannu fel unrhyw gofnod.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>Mewn cofnod gelli di ychwanegu llun neu sain o ffeil. Gelli di dynnu llun. Gelli di recordio dy lais neu gerddoriaeth. Maen nhw&apos;n aros dan glo y tu mewn i dy basbort. Dydyn nhw byth yn cael eu cadw fel ffeiliau ar wahân.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>Mae Fy mhroffil un dudalen… o dan y tudalennau. Mae&apos;n gwneud un dudalen amdanat ti. Rwyt ti&apos;n dewis y cofnodion ar ei chyfer. Gelli di argraffu&apos;r dudalen neu ei chadw fel PDF. Dim ond beth rwyt ti&apos;n ei ddewis sy&apos;n mynd arni.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Cer i&apos;r Gosodiadau, yna Copi wrth gefn. Mae&apos;n cadw un ffeil gyda phopeth ynddi. Cadwa&apos;r ffeil ar ffon USB, neu rywle i ffwrdd o&apos;r gliniadur hwn. Mae dy god adfer yn ei hagor. Felly cadwa&apos;r cod yn ddiogel hefyd. Ar liniadur newydd, dewisa Adfer o gopi wrth gefn ar y sgrin gyntaf.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>Wyt ti wedi colli dy god? Neu a welodd rhywun e? Cer i&apos;r Gosodiadau, yna Cod adfer. Teipia dy gyfrinymadrodd. Yna gwna god newydd. Yna teipia grŵp olaf y cod newydd. Mae hynny&apos;n dangos dy fod wedi&apos;i ysgrifennu. Dim ond wedyn mae&apos;r cod newydd yn gweithio. Mae adfer yn rhoi cod newydd i ti hefyd. Ar ôl hynny, mae dy hen god yn dal i agor dy hen gopïau wrth gefn. Efallai y bydd yn agor hen liniadur hefyd. Dydy e ddim yn agor hwn. Felly cadwa gopi wrth gefn newydd.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>Cer i&apos;r sgrin datgloi. Dewisa Defnyddio fy nghod adfer yn lle. Teipia&apos;r cod a ysgrifennaist ti wrth ddechrau. Yna dewisa gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>Gall pobl ddibynadwy helpu. Ond rhaid i ti eu dewis nhw yn gyntaf. Cer i&apos;r Gosodiadau, yna Pobl ddibynadwy. Dewisa dri pherson. Rho ei ddarn ei hun i bob un. Yna, os wyt ti wedi dy gloi allan, cer i&apos;r sgrin datgloi. Dewisa Mynd yn ôl i mewn gyda phobl ddibynadwy. Mae dau ohonyn nhw&apos;n darllen eu geiriau i ti. Teipia&apos;r geiriau hynny. All neb ei agor heb un o&apos;r rhain: dy gyfrinymadrodd, dy god adfer, neu ddarnau dau berson dibynadwy.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>Efallai y bydd ffrind yn dy ddewis di&apos;n un o&apos;u pobl ddibynadwy. Yna cadwa eu darn yn y Gosodiadau, yna Darnau rydw i&apos;n eu cadw. Dangosa ei eiriau iddyn nhw yn unig. Dangosa nhw dim ond pan fyddan nhw&apos;n gofyn.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>Mae&apos;r proffil hwn ar gyfer helpu un person ifanc. Rydych chi&apos;n ysgrifennu awgrymiadau yma ar gyfer yr hyn maen nhw&apos;n ei gadw yn eu ap eu hunain. Mae eich drafftiau&apos;n aros yma, wedi&apos;u cloi, nes i chi eu hanfon, a&apos;r person ifanc sy&apos;n penderfynu beth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>Anfon awgrymiadau</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>Ysgrifennwch bob awgrym fel drafft (Ctrl+N ar gyfer un newydd). Pan fyddwch chi&apos;n barod, dewiswch Anfon awgrymiadau…, ticiwch y drafftiau a chadw&apos;r ffeil. Rhowch y ffeil i&apos;r person ifanc: dim ond eu ap nhw all ei hagor. Gallan nhw ychwanegu, newid neu adael pob awgrym.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>Cardiau a gwirio&apos;r rhifau</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>Cyn i chi allu anfon, ychwanegwch gerdyn y person ifanc (Ychwanegu cerdyn y person ifanc…). Rhowch eich cerdyn chi iddyn nhw hefyd (Fy ngherdyn…) a dangoswch iddyn nhw sut i&apos;w ychwanegu ar eu tudalen Pobl, er mwyn iddyn nhw wybod bod yr awgrymiadau&apos;n dod oddi wrthoch chi go iawn. Yna cymharwch y rhifau ar y ddau gerdyn gyda&apos;ch gilydd, wyneb yn wyneb neu dros y ffôn. Os ydyn nhw&apos;n cyfateb, dyma&apos;r cardiau cywir.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Eu hateb</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>Pan fydd y person ifanc wedi penderfynu, gall eu ap gadw ateb i chi: ffeil fach sy&apos;n dweud, ar gyfer pob awgrym, a wnaethon nhw ei ychwanegu, ei ychwanegu gyda newidiadau, neu ei adael allan. Dydy hi byth yn cadw eu geiriau. Dewiswch Agor ateb… ar eich prif sgrin (neu yn Anfon awgrymiadau…) a dewis y ffeil; yna mae Anfon awgrymiadau… yn dangos beth ddaeth o bob un.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>Mae&apos;r proffil hwn yn cadw&apos;r hyn mae pobl ifanc yn dewis ei rannu gyda chi. Mae pob ffeil a rannwyd yn un i&apos;w darllen yn unig, yn dangos pwy a&apos;i rhannodd a than pryd, ac yn cael ei dileu o&apos;r fan hon pan ddaw ei hamser i ben.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>Agor ffeil a rannwyd</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>Dewiswch Agor ffeil a rannwyd… (Ctrl+O) a dewis y ffeil a roddodd person ifanc i chi. Mae&apos;n cael ei gwirio cyn i unrhyw beth gael ei gadw. Mae Ctrl+P yn ei hargraffu. Mae Cadw derbynneb… yn gwneud ffeil sy&apos;n dweud wrth y person ifanc eich bod wedi&apos;i hagor. Os ydyn nhw&apos;n tynnu rhannu&apos;n ôl, agorwch y ffeil tynnu&apos;n ôl yn yr un ffordd ac mae&apos;r rhannu&apos;n cael ei ddileu yma. Mae ffeil fwy newydd gan yr un person yn cymryd lle&apos;r un flaenorol, ac yn dangos beth sydd wedi newid.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Darllenwch hwn gyntaf, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>Os ysgrifennodd y person ifanc sut maen nhw&apos;n hoffi i bobl siarad â nhw (beth i&apos;w galw, beth i beidio â holi amdano), mae yn y band sydd wedi&apos;i farcio Darllenwch hwn gyntaf, os gwelwch yn dda, uwchben popeth maen nhw wedi&apos;i rannu. Darllenwch e cyn y gweddill.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>Mae Ymateb… yn ysgrifennu neges fer yn ôl, ac, os hoffech chi, Beth fydda i&apos;n ei wneud am bob cofnod. Rydych chi&apos;n gwirio&apos;n union beth fydd yn gadael, yna&apos;n cadw ffeil i&apos;r person ifanc; dim ond eu ap nhw sy&apos;n ei hagor. Mae Ymateb yno tra bod y rhannu&apos;n gyfredol ac wedi&apos;i wneud i&apos;ch cerdyn chi.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>I&apos;w ddarllen yn unig, neu wedi&apos;i gopïo i&apos;r cofnodion swyddogol</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>Mae&apos;r hyn sy&apos;n cael ei rannu gyda chi yma i&apos;w ddarllen yn unig. Dim ond lle mae&apos;r person ifanc wedi cytuno y gellir ei gopïo i gofnodion swyddogol eich gwasanaeth mae Allforio ar gyfer y cofnodion swyddogol… yn ymddangos; mae&apos;n cadw dogfen FHIR yn eu geiriau nhw. Fel arall, cadwch e yma, i&apos;w ddarllen yn unig, nes i&apos;w amser ddod i ben.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>Eich cerdyn a gwirio&apos;r rhifau</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>Gall person ifanc rannu gyda chi unwaith y bydd eich cerdyn ganddyn nhw. Dewiswch Fy ngherdyn… i ychwanegu eich enw, rôl a sefydliad, a chadw&apos;r ffeil cerdyn ar eu cyfer. Pan fyddwch chi&apos;n cwrdd, cymharwch y rhifau ar eich cerdyn â&apos;r rhifau mae eu ap nhw&apos;n eu dangos. Os ydyn nhw&apos;n cyfateb, dim ond chi sy&apos;n cael yr hyn maen nhw&apos;n ei rannu.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Cloi a chuddio</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>Mae Cloi (Ctrl+L) yn cau&apos;r proffil hwn nes bod y cyfrinymadrodd yn cael ei deipio eto. Mae Cuddio nawr (Ctrl+Shift+H) yn cloi ar unwaith ac yn dangos tudalen wag. Mae hefyd yn cloi ohono&apos;i hun pan gaiff ei adael; mae Gosodiadau, yna Cloi, yn dweud ar ôl faint.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Os ydych chi&apos;n anghofio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>Ar y sgrin datgloi, dewiswch Defnyddio fy nghod adfer yn lle, a theipio&apos;r cod a ysgrifennoch chi wrth greu&apos;r proffil hwn; yna dewiswch gyfrinymadrodd newydd. Heb y cyfrinymadrodd na&apos;r cod adfer, all neb ei agor.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Darnau rydw i&apos;n eu cadw</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>Efallai y bydd person ifanc yn eich dewis chi&apos;n un o&apos;u tri pherson dibynadwy ac yn rhoi ffeil darn i chi. Cadwch hi yn y Gosodiadau, yna Darnau rydw i&apos;n eu cadw. Os ydyn nhw&apos;n methu mynd yn ôl i mewn, dangoswch eiriau&apos;r darn iddyn nhw, unwaith y byddwch chi&apos;n siŵr mai nhw ydyn nhw; mae darnau dau berson yn eu gadael yn ôl i mewn. Dydy un darn ar ei ben ei hun ddim yn agor dim.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>Mae Gosodiadau, yna Copi wrth gefn, yn cadw un ffeil gyda phopeth yn y proffil hwn. Cadwch hi rywle i ffwrdd o&apos;r cyfrifiadur hwn. Mae&apos;r cod adfer yn ei hagor, felly cadwch y cod yn ddiogel hefyd. Ar gyfrifiadur newydd, dewiswch Adfer o gopi wrth gefn ar y sgrin gyntaf.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: y cymorth hwn. Ctrl+, : Gosodiadau. Mae Tab a Shift+Tab yn symud rhwng pethau; mae Enter yn mynd ymlaen, mae Escape yn cau deialog.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>Beth sy&apos;n bwysig nawr</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>Dim byd yma eto. Pinia&apos;r hyn sydd bwysicaf. Bydd yn dangos yma gyntaf.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>Dim byd yma eto. Ticia “Pwysig nawr” ar gofnod i&apos;w gadw ar y brig.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>y dudalen hon</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>Wedi&apos;i gadw fel y mae. Byddwn ni&apos;n holi eto ar {date}.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>Wedi&apos;i ddadbinio. Mae&apos;n dal i gael ei gadw yn {section}.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>I bwy mae e?</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;Fi: fy mhasbort i yw e</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>Cadwa&apos;r hyn sy&apos;n bwysig amdanat ti, a&apos;i rannu pan fyddi di&apos;n dewis.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>Rwy&apos;n cefnogi person ifanc (&amp;gofalwr)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>Ysgrifennu awgrymiadau y gall y person ifanc eu cymryd, eu newid neu eu gadael.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>Rwy&apos;n ym&amp;arferydd</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>Rhoi eich cerdyn i bobl ifanc, a darllen yr hyn maen nhw&apos;n ei rannu gyda chi.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}, person ifanc</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}, gofalwr</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}, ymarferydd</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Ieithoedd i ddewis ohonyn nhw</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>Yr un fath â&apos;r sgrin gychwyn</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}, heb ei gwirio eto</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>Wedi&apos;i gwneud gan gyfrifiadur. Does neb sy&apos;n ei siarad wedi&apos;i gwirio eto, felly gall rhai geiriau fod yn anghywir.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>Wedi&apos;i gwirio gan rywun sy&apos;n ei siarad.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>Pa un yw dy un di?</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>&amp;Pasbortau ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>Pasbortau ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>Agor yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>Gwneud pasbort newydd, neu ddod ag un yn ôl o gopi wrth gefn a gadwaist ti o&apos;r blaen, er enghraifft pan fyddi di&apos;n symud i liniadur newydd.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>&amp;Gwneud pasbort newydd</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>Gwneud pasbort newydd</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Adfer o gopi wrth ge&amp;fn…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>Dileu&apos;r un a ddewiswyd</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>Mae “{0}” wedi&apos;i ddileu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>Demo: does dim byd yma&apos;n go iawn, ac mae&apos;n cael ei ddileu pan fyddi di&apos;n cau&apos;r ap.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>Pan fydd pethau&apos;n a&amp;nodd</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Pan fydd pethau&apos;n anodd</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>Dy gynllun, a phobl i siarad â nhw nawr (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Dy gofnod</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Rhannu…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>Dewis cofnodion i&apos;w rhannu gyda rhywun (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>Fy mhroffil &amp;un dudalen…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>Tudalen amdanat ti i&apos;w hargraffu neu ei chadw fel PDF, o gofnodion rwyt ti&apos;n eu dewis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>Gosodiadau (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>Fy ngherdyn</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>Mae eich cerdyn yn gadael i bobl rannu gyda chi&apos;n ddiogel. Cadwch e fel ffeil a&apos;i roi iddyn nhw. Yna darllenwch y rhifau isod yn uchel i&apos;ch gilydd: os ydyn nhw&apos;n cyfateb, does neb wedi&apos;i gyfnewid ar y ffordd.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>Rhifau eich cerdyn</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>&amp;Cadw fy ngherdyn fel ffeil…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>Cadw fy ngherdyn fel ffeil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>Am eich cerdyn</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>Eich enw ar y cerdyn</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>Er enghraifft: Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Eich sefydliad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>Mae&apos;r rhifau&apos;n ymddangos unwaith y bydd enw ar eich cerdyn.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Cadw fy ngherdyn</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>Cardiau (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>Mae eich cerdyn wedi&apos;i gadw fel {0}. Rhowch e i&apos;r person, yna darllenwch y rhifau&apos;n uchel gyda&apos;ch gilydd.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>Mynd yn ôl i&apos;r sgrin datgloi</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Dewis cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Fe wnaeth dy god adfer ei agor. Nawr dewisa gyfrinymadrodd newydd, a defnyddia hwnnw i&apos;w agor o hyn ymlaen. Mae ychydig eiriau y byddi di&apos;n eu cofio ond na fydd eraill yn eu dyfalu yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Mae darnau dy bobl ddibynadwy wedi&apos;i agor. Nawr dewisa gyfrinymadrodd newydd, a defnyddia hwnnw i&apos;w agor o hyn ymlaen. Mae ychydig eiriau y byddi di&apos;n eu cofio ond na fydd eraill yn eu dyfalu yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Yn ei gloi&apos;n ddiogel… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>Dydy Dim nawr ddim yn newid dim: mae dy hen gyfrinymadrodd yn dal i&apos;w agor, os daw yn ôl i ti, ac felly hefyd ddarnau dy bobl ddibynadwy. Y tro nesaf y byddan nhw&apos;n ei agor, bydd gofyn i ti eto.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>Dydy Dim nawr ddim yn newid dim: mae dy hen gyfrinymadrodd yn dal i&apos;w agor, os daw yn ôl i ti, ac felly hefyd dy god adfer. Y tro nesaf y bydd y cod yn ei agor, bydd gofyn i ti eto.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>Dim n&amp;awr</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Cadw&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Cadw&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Dy god adfer newydd</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Mae dy gyfrinymadrodd newydd wedi&apos;i gadw. Dydy&apos;r cod adfer a ddefnyddiaist ti ddim yn ei agor mwyach: mae&apos;r un newydd hwn yn gwneud, os byddi di&apos;n anghofio dy gyfrinymadrodd eto. Ysgrifenna fe neu ei argraffu, a&apos;i gadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>Mae dy gyfrinymadrodd newydd wedi&apos;i gadw. Dydy dy hen god adfer ddim yn ei agor mwyach: mae&apos;r un newydd hwn yn gwneud. Ysgrifenna fe neu ei argraffu, a&apos;i gadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Mae darnau dy bobl ddibynadwy yn dal i weithio; gwna rai newydd yn y Gosodiadau os gallai eraill fod wedi&apos;u clywed.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>Mae copïau wrth gefn a gadwaist ti o&apos;r blaen yn dal i fod angen yr hen god: cadwa gopi wrth gefn newydd cyn bo hir (bydd yr Hafan yn dy atgoffa).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>Dyma&apos;r unig dro y bydd yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>Rwyf wedi&apos;i gadw, &amp;ymlaen</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>Rwyf wedi&apos;i gadw, ymlaen</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>Dewis cyfrinymadrodd yn nes ymlaen?</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Yn nes ymlaen</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>Dewis un nawr</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>Cau heb gadw&apos;r cod newydd?</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>Mae dy gyfrinymadrodd newydd wedi&apos;i gadw, ond fydd y cod adfer newydd ddim yn cael ei ddangos eto, a dydy&apos;r hen un ddim yn gweithio mwyach. Gelli di wneud cod arall yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Ei gadw ar agor</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>&amp;Cofnodion i&apos;w rhoi arni</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>Y dudalen fel y bydd yn argraffu</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>Tudalen amdanat ti ar gyfer ysgol neu gartref newydd. Ticia beth sy&apos;n mynd arni: does dim byd arni nes i ti wneud.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>Beth sy&apos;n mynd ar y dudalen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>Cofnodion i&apos;w rhoi arni</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(yn mynd o dan “{heading}”)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>Mae&apos;n ffitio ar un dudalen.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>Mae&apos;n ffitio ar un dudalen, ychydig yn llai.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>Mae hynny&apos;n llawer i un dudalen: bydd y geiriau&apos;n argraffu&apos;n fach. Gallet ti ddad-dicio rhai.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>Amdana i.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>Beth mae pobl yn ei hoffi amdana i</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Y ffordd orau o fy nghefnogi</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>Popeth am {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>Agor a&amp;teb…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Agor eu hateb i&apos;ch awgrymiadau</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>Ffeil gan y person ifanc yn dweud beth ddaeth o bob awgrym</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Agor ateb</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Atebion (*{0});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Yn agor ac yn gwirio&apos;r ateb…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>Mae {name} wedi ateb. Mae Anfon awgrymiadau… yn dangos beth ddaeth o bob un.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>Agor derbynneb neu &amp;ymateb…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>Agor derbynneb neu ymateb</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>Ffeil gan rywun y rhannaist ti gyda nhw: yn dweud eu bod wedi&apos;i hagor, neu eu hymateb</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>Derbynebau ac ymatebion (*{0} *{1});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>Mae gen ti&apos;r ymateb hwn gan {name} yn barod. Mae&apos;n cael ei ddangos gyda&apos;r hyn a rannaist ti ar {date}.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>Mae {name} wedi ymateb i&apos;r hyn a rannaist ti ar {date}. Mae&apos;n cael ei ddangos gyda&apos;r rhannu hwnnw.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>Agorodd {name} yr hyn a rannaist ti ar {date}.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipia&apos;r cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi deipio</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>A&amp;wgrymu un</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Awgrymu cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>Llenwi&apos;r ddau faes gydag ychydig eiriau ar hap, wedi&apos;u dangos er mwyn i ti eu hysgrifennu</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipia fe &amp;eto</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Rhy fyr: defnyddia o leiaf {0} nod.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>Cryfder: hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>Cryfder: yn dal yn rhy hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Cryfder: cryf.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>Cryfder: cryf iawn.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>Mae&apos;n un o&apos;r cyfrineiriau mae pobl yn rhoi cynnig arnyn nhw gyntaf.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>Mae geiriau ac enwau cyffredin ar eu pen eu hunain yn gyflym i&apos;w dyfalu.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>Mae bysellau wrth ymyl ei gilydd yn gyflym i&apos;w dyfalu.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>Dydy llythrennau neu eiriau sy&apos;n cael eu hailadrodd ddim yn ychwanegu llawer.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>Mae rhesi fel abcd neu 1234 yn gyflym i&apos;w dyfalu.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>Mae dyddiadau a blynyddoedd yn gyflym i&apos;w dyfalu.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>Rho gynnig ar ychydig eiriau gyda&apos;i gilydd sy&apos;n golygu rhywbeth i ti&apos;n unig, neu pwysa Awgrymu un.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>O leiaf {0} nod. Mae ychydig eiriau y byddi di&apos;n eu cofio yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Mae&apos;r ddau yr un fath.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>Dydy&apos;r ddau ddim yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>Mae cyfrinymadrodd ar y ffeil hon</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>Bydd y person a&apos;i rhannodd wedi dweud y rhifau wrthot ti, efallai ar y ffôn. Teipia nhw yma.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ei agor</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Ei agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>&amp;Ychwanegu cerdyn rhywun…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Ychwanegu cerdyn rhywun</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>&amp;Rhoi fy ngherdyn…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>Rhoi fy ngherdyn</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>Pobl rwy&apos;n rhannu gyda nhw</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>Neb eto. Gofyn i&apos;r person am eu ffeil cerdyn, yna dewisa “Ychwanegu cerdyn rhywun…”.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>&amp;Cymharu&apos;r rhifau…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>Cymharu rhifau&apos;r cerdyn</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>Tynnu&apos;r rhannu a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>Dim byd wedi&apos;i rannu gyda nhw eto. I rannu, pwysa Rhannu…, y botwm o dan y rhestr o dudalennau; mae&apos;r hyn rwyt ti&apos;n ei rannu i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>Gwneud ffeil sy&apos;n gofyn i&apos;w ap nhw ddileu&apos;r hyn a rannaist ti</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>Beth rydw i wedi&apos;i r&amp;annu</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>Beth rydw i wedi&apos;i rannu gyda&apos;r person hwn</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: cymhara&apos;r rhifau gyda nhw cyn i ti rannu, os galli di.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>Wedi&apos;i rannu gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>Pobl heb gerdyn yr ap, sy&apos;n agor y ffeil gyda chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>Dewisa rannu yn y rhestr i&apos;w dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>Mae rhannu mwy newydd wedi cymryd ei le, felly mae hwn eisoes wedi mynd o&apos;u ap nhw.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>Mae&apos;r rhannu hwn eisoes wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Cardiau (*{0});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>Mae {0} wedi&apos;i ychwanegu. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>Tynnu&apos;n ôl ar gyfer {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>Cadw&apos;r ffeil tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Ffeiliau a rannwyd (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>Mae&apos;r ffeil tynnu&apos;n ôl wedi&apos;i chadw fel “{0}”. Rho hi i {1}.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>Mae pob un o&apos;r %n gair yn eiriau darn: mae hwn yn edrych fel darn cyfan.</numerusform>
            <numerusform>Mae pob un o&apos;r %n gair yn eiriau darn: mae hwn yn edrych fel darn cyfan.</numerusform>
            <numerusform>Mae pob un o&apos;r %n gair yn eiriau darn: mae hwn yn edrych fel darn cyfan.</numerusform>
            <numerusform>Mae pob un o&apos;r %n gair yn eiriau darn: mae hwn yn edrych fel darn cyfan.</numerusform>
            <numerusform>Mae pob un o&apos;r %n gair yn eiriau darn: mae hwn yn edrych fel darn cyfan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>%n o 20 gair hyd yn hyn.</numerusform>
            <numerusform>%n o 20 gair hyd yn hyn.</numerusform>
            <numerusform>%n o 20 gair hyd yn hyn.</numerusform>
            <numerusform>%n o 20 gair hyd yn hyn.</numerusform>
            <numerusform>%n o 20 gair hyd yn hyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>Darn wedi&apos;i gadw i {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>Darn {0}, {1} o 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>O&apos;r cerdyn gyda&apos;r rhifau {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>Darllena&apos;r geiriau hyn i {0} yn unig, unwaith rwyt ti&apos;n siŵr mai nhw ydyn nhw (wyneb yn wyneb, neu ar alwad a wnest ti i rif oedd gen ti&apos;n barod). Mae darnau dau berson gyda&apos;i gilydd yn eu gadael yn ôl i mewn.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Gair {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>Argraffu&apos;r darn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>Geiriau&apos;r darn</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Mynd yn ôl i mewn gyda phobl ddibynadwy</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>Gofynna i ddau o&apos;r bobl y rhoddaist ti ddarn iddyn nhw. Gall pob un ddangos ei ddarn yn ei ap ei hun: 20 gair. Teipia eiriau pob darn yn ei flwch. Does dim ots am y rhifau a&apos;r toriadau llinell, ac mae pedair llythyren gyntaf pob gair yn ddigon.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>Darn y person cyntaf</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>Darn yr ail berson</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>Darn y person &amp;cyntaf</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>Darn yr &amp;ail berson</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Yn agor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>&amp;Mynd yn ôl i mewn</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>Mynd yn ôl i mewn</translation>
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
        <translation>Un peth ar bob llinell</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>Fy ng&amp;herdyn…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Fy ngherdyn</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>Eich enw, rôl a sefydliad, a&apos;ch cerdyn i&apos;w roi i bobl ifanc</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>Wedi&apos;i &amp;rannu gyda chi</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>Ffeiliau wedi&apos;u rhannu gyda chi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>Dim byd yma eto. Pan fydd person ifanc yn rhoi ffeil a rannwyd i chi, agorwch hi yma. Rhowch eich cerdyn iddyn nhw yn gyntaf (Fy ngherdyn…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>&amp;Agor ffeil a rannwyd…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Agor ffeil a rannwyd</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>Agor ffeil .wpb a roddodd person ifanc i chi (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Yn agor y ffeil</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>Ffeiliau a rannwyd (*{0});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Yn agor ac yn gwirio&apos;r ffeil…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>Mae {0} wedi tynnu ffeil roedden nhw wedi&apos;i rhannu yn ôl. Mae wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>Mae {0} wedi tynnu ffeil roedden nhw wedi&apos;i rhannu yn ôl. Dydy hi ddim yma, felly chafodd dim byd ei ddileu.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Chafodd y ffeil mo&apos;i hagor.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>Wedi&apos;i gadw fel PDF: {0}</translation>
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
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stopio darllen yn uchel</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Stopio darllen yn uchel (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>Darllen {what} yn uchel</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>Darllen {what} yn uchel (Ctrl+Shift+R). Mae Esc yn ei atal.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>Cadw &amp;derbynneb…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>Cadw derbynneb</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Dewiswch ffeil a rannwyd yn gyntaf.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>Cafodd y ffeil honno ei thynnu&apos;n ôl neu mae ei hamser ar ben, felly does dim byd i roi derbynneb amdano.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>Ffeil fach i&apos;r person ifanc: mae&apos;n dweud wrthyn nhw eich bod wedi agor yr hyn a rannon nhw</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>Derbynneb i {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>Derbynebau (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>Derbynneb wedi&apos;i chadw fel {file}. Rhowch hi i {name}.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Un mwy newydd wedi cymryd ei le</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Diwrnod olaf heddiw</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>Ar agor, yn dod i ben yfory</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>Ar agor, {0} diwrnod ar ôl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Rhannwyd ar</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Ar agor tan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>Allforio ar gyfer y cofnodion &amp;swyddogol…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>Allforio ar gyfer y cofnodion swyddogol</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>Cadwch hwn fel dogfen FHIR ar gyfer cofnodion eich gwasanaeth. Fe wnaeth y person a&apos;i rhannodd ganiatáu hyn; mae&apos;r copi&apos;n aros ar ôl i&apos;r rhannu ddod i ben neu gael ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>Cofnod o&apos;r hyn a rannodd {0}</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>Dogfennau FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Yn cadw&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>Wedi&apos;i gadw ar gyfer y cofnodion swyddogol fel {0}, yng ngeiriau {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>Ni chafodd cofnod ei gadw.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>Gawn nhw ei gopïo i&apos;w cofnodion swyddogol?</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>Na, dim ond ei &amp;ddarllen y gallan nhw. Mae&apos;n dweud “nid ar gyfer y cofnodion swyddogol”.</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>Na, i&apos;w &amp;ddarllen yn unig: wedi&apos;i farcio “nid ar gyfer y cofnodion swyddogol”</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>Na, i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>Ie, maen nhw&apos;n cael ei &amp;gopïo i&apos;w cofnodion swyddogol</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>Ie, maen nhw&apos;n cael ei gopïo i&apos;w cofnodion swyddogol</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>Cofnodion swyddogol yw&apos;r nodiadau mae eu gwasanaeth yn eu cadw, er enghraifft eu hysgol neu eu tîm. Os wyt ti&apos;n dweud ie, mae copi&apos;n mynd i&apos;r nodiadau hynny. Mae&apos;r copi&apos;n aros yno ar ôl i&apos;r amser ddod i ben. Mae&apos;n aros yno hyd yn oed os wyt ti&apos;n tynnu&apos;r rhannu hwn yn ôl. Alli di ddim cymryd y copi yn ôl.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>Os wyt ti&apos;n dweud ie, mae copi&apos;n mynd i gofnodion swyddogol eu gwasanaeth. Mae&apos;r copi hwnnw&apos;n aros yno ar ôl i&apos;r amser ddod i ben, a hyd yn oed os byddi di&apos;n tynnu&apos;r rhannu hwn yn ôl. Alli di ddim ei gymryd yn ôl.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>I wirio ei fod gen ti, teipia&apos;r grŵp &amp;olaf o&apos;r cod</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>Grŵp olaf y cod adfer</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>Wedi colli dy god adfer, neu&apos;n poeni bod rhywun wedi&apos;i weld? Gwna un newydd. Unwaith i ti ei ysgrifennu, bydd yr hen god yn stopio agor y pasbort hwn.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>Wedi colli dy god? Neu a welodd rhywun e? Gwna un newydd. Ysgrifenna fe. Yna bydd yr hen god yn stopio gweithio.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>Rwyt ti wedi gwneud cod newydd, ond dwyt ti ddim wedi&apos;i wirio eto, felly mae dy hen god yn dal i weithio.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>Rwyt ti wedi gwneud cod newydd. Dwyt ti ddim wedi&apos;i wirio eto. Mae dy hen god yn dal i weithio.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>Dy gyfrinymadrodd, i wneud cod adfer newydd</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Dy gyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>Gwneud cod adfer &amp;newydd</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Yn gwirio dy gyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>Yn newid i dy god newydd… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>Yn newid i dy god newydd…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>Dyma dy god newydd. Ysgrifenna fe neu ei argraffu, a&apos;i gadw i ffwrdd o&apos;r gliniadur hwn. Mae&apos;n dechrau gweithio pan fyddi di&apos;n teipio ei grŵp olaf isod; tan hynny mae dy hen god yn dal i weithio.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>Dyma dy god newydd. Ysgrifenna fe. Cadwa fe&apos;n ddiogel. Yna teipia ei grŵp olaf isod. Tan hynny mae dy hen god yn dal i weithio.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>Wedi gorffen: mae dy god newydd nawr yn agor y pasbort hwn, a dydy&apos;r hen un ddim. Cadwa gopi wrth gefn newydd cyn bo hir, fel bod dy god newydd yn agor copi wrth gefn hefyd.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>Wedi gorffen. Mae dy god newydd yn gweithio nawr. Dydy&apos;r hen un ddim. Nawr cadwa gopi wrth gefn newydd.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>&amp;Dangos fy nghod newydd eto</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>Dangos fy nghod adfer newydd eto</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>Rwyf wedi&apos;i &amp;gadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>Rwyf wedi cadw&apos;r cod adfer newydd yn ddiogel</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>Mae copïau wrth gefn a gadwaist ti o&apos;r blaen yn dal i agor gyda&apos;r hen god yn unig, felly cadwa gopi wrth gefn newydd wedyn.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>Mae hen gopïau wrth gefn yn dal i fod angen yr hen god.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Ei argraffu</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>Argraffu&apos;r cod ar bapur. Does dim byd yn cael ei gadw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>Cod adfer: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cod adfer&lt;/h2&gt;&lt;p&gt;Ar gyfer: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Cadwa hwn rywle diogel. Mae&apos;n agor dy basbort os byddi di&apos;n anghofio dy gyfrinymadrodd.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;Ymateb…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Dewiswch ffeil a rannwyd yn gyntaf.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>Neges fer i&apos;r person ifanc, a beth fyddwch chi&apos;n ei wneud, y gall eu ap nhw yn unig ei hagor</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>Cafodd y ffeil honno ei thynnu&apos;n ôl neu mae ei hamser ar ben, felly does dim byd i ymateb iddo.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>Cafodd hwn ei rannu gyda chyfrinymadrodd, nid gyda&apos;ch cerdyn chi, felly doedd eu ap nhw ddim yn gallu dweud bod ymateb wedi dod oddi wrthoch chi.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Ymateb i {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>Dywedwch beth glywsoch chi, a beth fyddwch chi&apos;n ei wneud. Byddwch chi&apos;n gweld yn union beth mae&apos;r ymateb yn ei gario cyn iddo gael ei gadw; dim ond ap {name} all ei agor.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Eich neges</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>E&amp;ich neges</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>Beth fydda i&apos;n ei wneud, fesul cofnod (os hoffech chi)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>Beth fydda i&apos;n ei wneud am ‘{title}’</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;Nesaf: ei wirio</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>Nesaf: gwirio beth mae&apos;r ymateb yn ei gario</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>Dyma&apos;n union beth mae&apos;r ymateb yn ei gario</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>Beth mae&apos;r ymateb yn ei gario</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>Beth sy&apos;n &amp;gadael</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>Yn ôl at y geiriau</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>&amp;Cadw&apos;r ymateb…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>Cadw&apos;r ymateb fel ffeil</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>Mae wedi&apos;i lofnodi gyda&apos;ch cerdyn a&apos;i gloi fel mai dim ond ap {name} all ei agor. Mae cofnodion yn cael eu henwi gyda rhif mae eu ap yn ei wybod, byth gyda&apos;u teitl na&apos;u geiriau.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>I: {name} (rhifau eu cerdyn {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>Oddi wrth: eich cerdyn ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>Am: yr hyn a rannon nhw ar {date}</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Eich neges:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>Beth fyddwch chi&apos;n ei wneud:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>Am ‘{title}’: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>Ymateb i {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Cadw&apos;r ymateb</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>Ymatebion (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>Ymateb wedi&apos;i gadw fel {file}. Rhowch e i {name}; yn eu ap nhw maen nhw&apos;n dewis Pobl, yna “Agor derbynneb neu ymateb…”.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>Mae {name} wedi ymateb i&apos;r hyn a rannaist ti — darllena fe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>Dod â phasbort yn ôl o ffeil wrth gefn, ar y gliniadur hwn neu un newydd.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>&amp;Dewis y ffeil wrth gefn…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Dewis y ffeil wrth gefn</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Dim ffeil wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Y cod a ysgrifennaist ti neu a argraffaist ti</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Cod adfer</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Yn adfer</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>Mae&apos;n ôl</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>Mae darnau dy bobl ddibynadwy yn dal i weithio.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>Mae&apos;r darnau sydd gan dy bobl ddibynadwy yn dal i&apos;w agor.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>Dydy darnau dy bobl ddibynadwy ddim yn gweithio nawr. Gwna rai newydd yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>Dydy&apos;r darnau sydd gan dy bobl ddibynadwy ddim yn agor y copi hwn. Gwna rai newydd yn y Gosodiadau, o dan Pobl ddibynadwy.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>Cadw copi wrth &amp;gefn newydd pan fydd yn agor, fel bod gan dy god newydd un hefyd</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>Cadw copi wrth gefn newydd pan fydd yn agor</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>Cadw copi wrth &amp;gefn newydd nawr</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>Rwyf wedi cadw&apos;r cod yn ddiogel: ei &amp;agor</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>Mae ganddo god adfer newydd, sy&apos;n cael ei ddangos nawr yn unig: mae&apos;n agor y pasbort hwn. Ysgrifenna fe neu ei argraffu, a&apos;i gadw rywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>Dyma dy god newydd. Mae&apos;n agor y pasbort hwn. Ysgrifenna fe. Cadwa fe&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>Mae&apos;r cyfrinymadrodd rwyt ti newydd ei ddewis yn ei agor o ddydd i ddydd.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>Mae dy gyfrinymadrodd newydd yn ei agor bob dydd.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>Mae dy hen god yn dal i agor y ffeil wrth gefn y gwnest ti adfer ohoni, a&apos;r pasbort ar dy hen liniadur os yw e yno o hyd. Nid hwn.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>Mae&apos;r hen god yn dal i agor yr hen gopi wrth gefn. Mae&apos;n agor unrhyw gopi ar yr hen liniadur. Dydy e ddim yn agor hwn.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>Rwyf wedi cadw&apos;r cod yn ddiogel: ei agor</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>Copïau wrth gefn ({0});;Unrhyw ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>Cadw “{title}” fel y mae</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>Mae&apos;n dal yn wir. Byddwn ni&apos;n holi eto ymhen 3 mis.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diweddaru</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>Diweddaru “{title}”</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dadbinio</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>Dadbinio “{title}”</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>Ei dynnu oddi ar “Beth sy&apos;n bwysig nawr”; mae&apos;n aros yn ei adran.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Fersiynau</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>Beth roedd y fersiwn hon yn ei ddweud</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>Beth roedd yn ei &amp;ddweud</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>Dod â&apos;r fersiwn hon yn ô&amp;l</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Fersiynau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>Dod â&apos;r fersiwn hon yn ôl</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>Nawr: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>Fy arwyddion rhybudd</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>Beth sy&apos;n dweud wrthot ti fod pethau&apos;n mynd yn anodd? Meddyliau, teimladau, pethau rwyt ti&apos;n sylwi dy fod yn eu gwneud.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>Pethau y galla i eu gwneud fy hun</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>Beth sy&apos;n dy helpu i deimlo ychydig yn well ar dy ben dy hun, hyd yn oed am ychydig funudau?</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Pobl a lleoedd sy&apos;n mynd â fy meddwl oddi arno</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>Pwy neu ble sy&apos;n dy helpu i feddwl am rywbeth arall am dipyn?</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Pobl y galla i ofyn iddyn nhw am help</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>Gyda phwy gelli di siarad pan fydd pethau&apos;n anodd? Ychwanega sut i gysylltu â nhw os hoffet ti.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Gweithwyr proffesiynol a llinellau argyfwng</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>Pa weithwyr neu wasanaethau gelli di gysylltu â nhw? Mae&apos;r llinellau am ddim uchod yno bob amser hefyd.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>Gwneud lle rydw i&apos;n fwy diogel</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>Beth gelli di ei wneud i wneud lle rwyt ti&apos;n fwy diogel nawr?</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>Fy rhesymau dros ddal ati</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>Beth sy&apos;n bwysig i ti? Pwy neu beth wyt ti&apos;n edrych ymlaen ato?</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>Pan fydd pethau&apos;n anodd</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>Does dim rhaid i ti fynd drwyddo ar dy ben dy hun. Os wyt ti angen rhywun nawr, mae&apos;r bobl hyn yno i ti, am ddim, ddydd a nos:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>Dy gynllun, yn dy eiriau dy hun. Pan fydd pethau&apos;n anodd, dos drwyddo o&apos;r dechrau, un cam ar y tro. Mae&apos;n cael ei gadw wrth i ti deipio, a gelli di rannu unrhyw gam, fel dy gofnodion eraill.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>dy ffolder cartref</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} yn dy ffolder cartref</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>Teipia air</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;Chwilio am</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Beth a gafwyd</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>Teipia air i chwilio drwy bopeth rwyt ti wedi&apos;i ysgrifennu.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>Dim byd wedi&apos;i gael ar gyfer “{text}”. Rho gynnig ar air arall, neu ddechrau&apos;r gair yn unig.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>Wedi cael 1 cofnod.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>Wedi cael {count} cofnod neu fwy, y gorau yn gyntaf. Sgrolia i lawr am fwy.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>Wedi cael {count} cofnod.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>Ychwanegu rhywbeth</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Ychwanegu rhywbeth at {section}</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>Dangos y cyfan ({count})</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>Dangos y cyfan ({count}) yn {section}</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>← Hafan</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Yn ôl i&apos;r Hafan</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>Ychwanegu rhywbeth</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Cofnodion, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>Cofnodion yn {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Ychwanegu rhywbeth at {section}</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;Cofnodion, camau&apos;r cynllun yn gyntaf</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>Anfon awgrymiadau</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>Ticiwch beth i&apos;w anfon. Nhw sy&apos;n penderfynu beth i&apos;w gadw: does dim byd yn newid yn eu pasbort oni bai eu bod nhw&apos;n ei ychwanegu.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>Nodyn iddyn nhw (gallwch ei adael yn wag)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>Er enghraifft: Pethau a sylwais arnyn nhw&apos;r mis hwn</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>&amp;Nodyn iddyn nhw</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Yn cadw&apos;r ffeil</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Cadw&apos;r ffeil…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>Cadw&apos;r awgrymiadau fel ffeil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Eich enw, fel y byddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>Er enghraifft: Jo</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>Eich &amp;enw, fel y byddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>Awgrymiadau a anfonoch chi o&apos;r blaen</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>Pan fyddan nhw wedi penderfynu, gallan nhw gadw ateb i chi: agorwch e yma i weld beth ddaeth o bob awgrym. Dim ond hynny mae&apos;n ei ddweud; mae&apos;r hyn a newidion nhw&apos;n aros gyda nhw.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>Beth a anfonoch chi o&apos;r &amp;blaen</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>Agor a&amp;teb…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Agor eu hateb i&apos;ch awgrymiadau</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>Ffeil ganddyn nhw&apos;n dweud beth ddaeth o bob awgrym</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>dim ateb eto</translation>
    </message>
    <message>
        <source>added</source>
        <translation>wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>wedi&apos;i ychwanegu gyda newidiadau</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>Wnaeth {name} ddim ychwanegu hwn</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>heb benderfynu eto</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(drafft sydd wedi&apos;i ddileu ers hynny)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}, i {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}, i {name}: {what}. Dim ateb eto.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Dim byd wedi&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Agor ateb</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Atebion (*{0});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Yn agor ac yn gwirio&apos;r ateb…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>Mae {name} wedi ateb. Mae beth ddaeth o bob awgrym i&apos;w weld isod.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>Drafftiau i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>Drafftiau wedi&apos;u dewis: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>I bwy mae e</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;I</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>Ychwanegwch gerdyn y person ifanc yn gyntaf (Ychwanegu cerdyn y person ifanc…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>Awgrymiadau i {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>Cadw&apos;r awgrymiadau</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>Awgrymiadau (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>Wedi cadw %n awgrym i {name}. Rhowch y ffeil iddyn nhw.</numerusform>
            <numerusform>Wedi cadw %n awgrym i {name}. Rhowch y ffeil iddyn nhw.</numerusform>
            <numerusform>Wedi cadw %n awgrym i {name}. Rhowch y ffeil iddyn nhw.</numerusform>
            <numerusform>Wedi cadw %n awgrym i {name}. Rhowch y ffeil iddyn nhw.</numerusform>
            <numerusform>Wedi cadw %n awgrym i {name}. Rhowch y ffeil iddyn nhw.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>Os nad ydyn nhw wedi ychwanegu eich cerdyn eto, rhowch eich cerdyn iddyn nhw hefyd (Fy ngherdyn…). Yn eu ap nhw maen nhw&apos;n dewis Pobl, yna “Ychwanegu cerdyn rhywun…”; yna Awgrymiadau, yna “Agor awgrymiadau…” i agor y ffeil hon.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>Cymharu&apos;r rhifau</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>Cafodd y ffeil hon ei llofnodi gan y cerdyn gyda&apos;r rhifau hyn; mae&apos;r cerdyn yn dweud mai {0} yw ei enw. Gofyn i&apos;r person ddarllen y rhifau ar eu cerdyn, wyneb yn wyneb neu ar y ffôn. Os ydyn nhw yr un fath, eu cerdyn nhw yw hwn go iawn.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>Rhifau&apos;r cerdyn:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>Maen nhw&apos;n &amp;cyfateb, marcio ei fod wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>Maen nhw&apos;n cyfateb, marcio ei fod wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Dim nawr</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>Mae&apos;r ffeil hon yn gyfan ac wedi&apos;i llofnodi gan y cerdyn gyda&apos;r rhifau {numbers} - a welwyd gyntaf ar {first}, a wiriwyd wyneb yn wyneb ar {checked}.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>Mae&apos;r ffeil hon yn gyfan ac wedi&apos;i llofnodi gan y cerdyn gyda&apos;r rhifau {numbers} - a welwyd gyntaf ar {first}, heb ei wirio wyneb yn wyneb eto.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>Wedi&apos;i dal yn ôl, heb ei hagor: mae&apos;r ffeil hon yn dweud ei bod gan {name}, ond cafodd ei llofnodi gan gerdyn gwahanol i&apos;r {name} rwyt ti&apos;n ei adnabod yn barod. Cymhara&apos;r rhifau cyn i ti ei thrystio.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Wedi&apos;i agor.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>Does dim digon o le ar y cyfrifiadur hwn i wneud hynny. Chollwyd dim byd. Gwna ychydig o le a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>Mae&apos;r ffeil hon yn cael ei hagor yn barod. Aros iddi orffen, yna edrych eto.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>Mae copi wrth gefn yn cael ei gadw. Rho gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>Datgloi gyda dy gyfrinymadrodd unwaith, yna rho gynnig ar hyn eto.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>I ddewis cyfrinymadrodd newydd heb yr hen un, agor e gyda dy god adfer yn gyntaf.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>Byddai&apos;r cyfrinymadrodd hwnnw&apos;n gyflym i&apos;w ddyfalu. Rho gynnig ar ychydig eiriau gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>Mae angen dau ddarn, gan ddau berson gwahanol. Dydy un darn ar ei ben ei hun ddim yn agor dim.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>Dyna&apos;r un darn ddwywaith. Gofynna i ail berson am ei ddarn.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>Mae un o&apos;r darnau hyn o&apos;r cyfnod cyn i ti wneud rhai newydd, felly dydy e ddim yn agor dim mwyach. Gofynna i&apos;r person hwnnw am y darn mwy newydd.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>Dydy&apos;r darnau hyn ddim yn perthyn i&apos;r pasbort hwn. Gwiria ddarn pwy sydd gan bob person.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>Does gan y pasbort hwn ddim pobl ddibynadwy eto, felly all darnau ddim ei agor.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Nid dyna ei gyfrinymadrodd na&apos;i god adfer, felly chafodd dim byd ei ddileu. Heb un o&apos;r rhain, does dim modd ei ddileu o&apos;r ap.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>Dydy hwnnw ddim yn ei agor. Gwiria&apos;r sillafu a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>Mae&apos;n edrych fel bod rhywun wedi ymyrryd â ffeil clo&apos;r pasbort hwn, felly chafodd hi mo&apos;i defnyddio.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>Mae ffeil clo&apos;r pasbort hwn wedi&apos;i difrodi neu ar goll. Gall copi wrth gefn ddod â hi&apos;n ôl.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>Cafodd hwn ei wneud gan fersiwn mwy newydd o&apos;r ap. Diweddara&apos;r ap, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>Doedd dim modd darllen data&apos;r pasbort hwn. Efallai ei fod wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>Mae un gyda&apos;r enw hwnnw ar y cyfrifiadur hwn yn barod. Rho gynnig ar enw arall.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>Does dim pasbort gyda&apos;r enw hwnnw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>Roedd wedi&apos;i gloi. Datgloi fe i fwrw ymlaen.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>Cafodd hynny ei atal hanner ffordd, a chafodd dim ohono ei gadw.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>Dydy&apos;r math hwn o broffil ddim yn gallu gwneud hynny.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>Nid ffeil y gellir ei hagor yw honno (efallai mai ffolder neu ddyfais yw hi).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>Fe wnaeth y person a&apos;i rhannodd ei gadw i&apos;w ddarllen yn unig, felly all e ddim cael ei gopïo i gofnodion swyddogol. Os dylai, gofynnwch iddyn nhw ei rannu eto a chaniatáu hynny.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i dal yn ôl: mae&apos;n dweud ei bod gan rywun rwyt ti&apos;n ei adnabod, ond cafodd ei llofnodi gan gerdyn gwahanol. Cymhara&apos;r rhifau yn gyntaf.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>Cafodd hwn ei rannu gyda chyfrinymadrodd, nid gyda&apos;ch cerdyn chi, felly doedd eu ap nhw ddim yn gallu dweud bod ymateb wedi dod oddi wrthoch chi. Dywedwch wrthyn nhw wyneb yn wyneb yn lle.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>Dydy&apos;r ymateb hwn ddim gan y person y rhannaist ti gyda nhw, neu dydy e ddim am yr hyn a rannaist ti gyda nhw, felly does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>Dydy&apos;r nodyn hwn ddim gan y person y rhannaist ti gyda nhw, felly newidiodd dim byd.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>Cafodd y ffeil hon ei gwneud ar gyfer rhywun arall, felly does dim modd ei hagor yma.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>Dydy&apos;r ffeil hon ddim wedi&apos;i llofnodi gan y person a&apos;i gwnaeth, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>Dydy llofnod y ffeil hon ddim yn cyfateb. Efallai ei bod wedi&apos;i newid ar y ffordd, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon yn dod gan rywun nad wyt ti wedi ychwanegu eu cerdyn, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>Mae amser y ffeil hon ar ben, felly does dim modd ei hagor mwyach.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>Mae&apos;r person a rannodd y ffeil hon wedi rhannu un fwy newydd yn ei lle ers hynny. Agor y ffeil fwy newydd yn lle.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>Mae&apos;r person a rannodd y ffeil hon wedi&apos;i thynnu&apos;n ôl, felly does dim modd ei hagor.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon yn fwy nag y gall ffeil a rannwyd fod, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o&apos;r ap. Diweddara&apos;r ap i&apos;w hagor, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>Cafodd y ffeil hon ei gwneud gyda fersiwn hŷn o&apos;r ap. Gofyn i&apos;r person a&apos;i hanfonodd ddiweddaru&apos;r ap a&apos;i hanfon eto.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn agor y ffeil hon. Gwiria&apos;r rhifau a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i chloi gyda chyfrinymadrodd. Gofyn i&apos;r person a&apos;i rhannodd.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon yn gofyn am lawer mwy o waith i&apos;w hagor nag y mae&apos;r ap byth yn ei ddefnyddio, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi neu wedi&apos;i newid ar y ffordd, felly chafodd hi mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>Doedd dim modd agor y ffeil hon, a chafodd dim byd ohoni ei gadw.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>Nid copi wrth gefn yw&apos;r ffeil hon, neu mae wedi&apos;i difrodi neu&apos;n anghyflawn. Chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>Cafodd y cerdyn hwn ei wneud gyda fersiwn hŷn o&apos;r ap, ac mae gen ti gerdyn mwy newydd gan y person hwn yn barod, felly does dim wedi newid.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>Nid ffeil cerdyn o&apos;r ap hwn yw honno, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>Mae&apos;r ffeil honno&apos;n rhy fawr i&apos;w hychwanegu (50 MB yw&apos;r terfyn).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>Mae&apos;r ffeil honno&apos;n rhy fawr i&apos;w hagor.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>Dydy hwnnw ddim yno mwyach. Efallai ei fod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>Mae hwn yn dod gan rywun nad wyt ti wedi&apos;u hychwanegu. Os wyt ti&apos;n eu trystio, ychwanega eu cerdyn yn gyntaf, yna agor e eto. Chafodd dim byd ohono ei gadw.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>Nid awgrym i ti yw hwn, felly chafodd e mo&apos;i agor.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>Nid nodyn am rywbeth a rannaist ti yw hwn, felly newidiodd dim byd.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>Dydy&apos;r ateb hwn ddim gan y person yr anfonoch chi&apos;r awgrymiadau hynny ato, neu dydy e ddim amdanyn nhw, felly newidiodd dim byd.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>Nid ateb i&apos;ch awgrymiadau yw hwn, felly newidiodd dim byd.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>Cafodd y darn hwn ei wneud i rywun arall, felly chafodd e ddim ei gadw.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>Rwyt ti&apos;n cadw darn mwy newydd gan y person hwn yn barod, felly chafodd yr un hŷn hwn ddim ei gadw.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>Dydy&apos;r cod adfer yna ddim yn agor y copi wrth gefn hwn. Defnyddia&apos;r cod oedd gen ti pan gadwaist ti&apos;r copi wrth gefn hwn, a gwiria bob grŵp.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>Mae&apos;r ffeil hon yn fwy nag y gall copi wrth gefn fod, felly chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Teipia&apos;r cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>Mae&apos;r cod hwnnw&apos;n rhy fyr: mae ganddo {0} o&apos;i 28 llythyren a digid.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>Mae&apos;r cod hwnnw&apos;n rhy hir: mae ganddo {0} llythyren a digid, ac mae gan god 28.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>Does gan god adfer byth y rhain: {0}. Gwiria bob llythyren yn erbyn y papur.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>Teipia eiriau darn yn gyntaf.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>Mae gan ddarn 20 gair, ac mae gan hwn {0}. Gwiria fod pob gair yno.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>Dydy “{0}” ddim yn un o&apos;r geiriau mae darnau&apos;n eu defnyddio. Gwiria&apos;r sillafu yn erbyn y darn.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>Mae gair yn y darn hwn wedi&apos;i gamdeipio, neu mae dau wedi&apos;u cyfnewid. Darllena fe drwodd eto.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>Dydy rhywbeth yn hynny ddim yn hollol iawn: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>Doedd dim modd darllen na chadw&apos;r ffeil. Gwiria fod lle ac y galli di ysgrifennu yno.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le. Newidiodd dim byd.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>Maint y testun, lliwiau, cloi, cyfrinymadrodd a chopi wrth gefn (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>Enw a golwg</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Pobl ddibynadwy</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Darnau rydw i&apos;n eu cadw</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Tudalennau&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>&amp;Cadw&apos;r enw</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Cadw&apos;r enw</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn weld yr enw hwn.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Maint y testun mewn canran</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Lliwiau</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Hawdd ei ddeall: brawddegau byr, testun mwy a lluniau</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>Wedi&apos;i gadw. Caea&apos;r Gosodiadau i&apos;w weld.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>Wedi&apos;i gadw. Mae&apos;r ap yn newid iddi pan fyddi di&apos;n cau&apos;r Gosodiadau.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>Wedi&apos;i gadw. Ei enw nawr yw {0}.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>Mae maint y testun yn mynd o {low} % i {high} %. Mae&apos;n {now} % nawr.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>Mae hefyd yn cloi pan fyddi di&apos;n pwyso Cloi neu Cuddio nawr.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>Un ffeil yw copi wrth gefn. Mae dy basbort cyfan ynddi. Mae dy god adfer yn ei hagor. Cadwa&apos;r ffeil yn ddiogel. Cadwa hi i ffwrdd o&apos;r gliniadur hwn, er enghraifft ar ffon USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>Cloi ohono&apos;i hun ar ôl hyn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>Cloi ohono&apos;i hun a&amp;r ôl</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>Mae hefyd yn cloi ar unwaith pan fyddi di&apos;n pwyso Cloi, neu Cuddio nawr (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>Gelli di newid dy gyfrinymadrodd yma. Teipia&apos;r un rwyt ti&apos;n ei ddefnyddio nawr. Yna teipia un newydd ddwywaith.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Yn newid…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>Wedi gorffen. Defnyddia dy gyfrinymadrodd newydd y tro nesaf.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>Un ffeil gyda dy basbort cyfan yw copi wrth gefn. Mae dy god adfer yn ei hagor. Cadwa hi rywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Cadw copi wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>Atgoffa fi i gadw copi wrth gefn ar ôl hyn o ddiwrnodau (0: byth)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;Atgoffa fi ar ôl</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>Beth yw hwn</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>Rho enw iddo</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewis cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dy god adfer</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Yn ei gloi&apos;n ddiogel… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Hawdd ei ddeall: brawddegau byr, testun mwy a lluniau</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>Cadwa&apos;r hyn sy&apos;n bwysig amdanat ti mewn un lle. Yna does dim rhaid i ti adrodd dy stori eto.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>Ti piau fe. Does dim byd yn cael ei rannu oni bai dy fod ti&apos;n dweud.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>Mae&apos;n aros ar y cyfrifiadur hwn. Mae wedi&apos;i gloi. Dim ond ti sy&apos;n gwybod y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>Eich proffil ymarferydd</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>Mae eich proffil ymarferydd yn cadw&apos;r pasbortau mae pobl ifanc yn eu rhannu gyda chi, er mwyn i chi eu darllen a&apos;u hargraffu.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>Rhowch eich cerdyn i bob person ifanc yn gyntaf. Mae&apos;r hyn maen nhw&apos;n ei rannu wedi&apos;i wneud i chi yn unig, ac mae&apos;n cael ei ddileu pan ddaw&apos;r amser a ddewison nhw i ben.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>Mae&apos;n aros ar y cyfrifiadur hwn, wedi&apos;i gloi gyda chyfrinymadrodd dim ond chi sy&apos;n ei wybod. Does dim byd yn cael ei anfon dros y rhyngrwyd.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>Helpu person ifanc</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>Helpwch berson ifanc i gadw eu pasbort yn gyfredol: ysgrifennwch beth rydych chi&apos;n gwybod sy&apos;n eu helpu, a&apos;i anfon fel awgrymiadau maen nhw&apos;n dewis eu hychwanegu.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>Nhw sy&apos;n penderfynu. Gall pob awgrym gael ei ychwanegu fel y mae, ei newid neu ei adael allan. Does dim byd yn mynd i&apos;w pasbort oni bai eu bod nhw&apos;n ei ddewis.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>Mae eich drafftiau&apos;n aros ar y cyfrifiadur hwn, wedi&apos;u cloi gyda chyfrinymadrodd dim ond chi sy&apos;n ei wybod.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>Nid gwasanaeth argyfwng yw hwn. Os ydych chi neu&apos;r person ifanc angen help ar unwaith, ffoniwch y Samaritans ar 116 123 neu tecstiwch SHOUT i 85258. Mewn argyfwng, ffoniwch 999.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>Lle sy&apos;n eiddo i ti</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>Cadwa&apos;r hyn sy&apos;n bwysig amdanat ti mewn un lle: pwy wyt ti, beth rwyt ti&apos;n dda am ei wneud, beth sy&apos;n helpu a phwy sy&apos;n bwysig. Wedyn does dim rhaid i ti adrodd dy stori eto bob tro mae rhywbeth yn newid.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>Ti biau fe. Does dim byd yn cael ei rannu oni bai dy fod ti&apos;n dewis ei rannu.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>Mae&apos;n aros ar y cyfrifiadur hwn, wedi&apos;i gloi gyda chyfrinymadrodd dim ond ti sy&apos;n ei wybod.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Gall unrhyw un ar y cyfrifiadur hwn weld yr enw hwn. Does dim rhaid iddo ddweud beth sydd y tu mewn.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>Dewisa enw sy&apos;n teimlo fel dy un di. Gelli di ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>Dim ond nawr rwyt ti&apos;n ei weld. Os byddi di&apos;n colli&apos;r cyfrinymadrodd a&apos;r cod hwn, all neb ei agor. Dim hyd yn oed ni. Gall pobl ddibynadwy dy helpu i fynd yn ôl i mewn: dewisa nhw wedyn yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>Dyma&apos;r unig dro y bydd yn cael ei ddangos. Os byddi di&apos;n colli dy gyfrinymadrodd a&apos;r cod hwn, all neb agor dy basbort, dim hyd yn oed ni, oni bai dy fod ti wedi dewis pobl ddibynadwy (Gosodiadau, yna Pobl ddibynadwy): gall dau ohonyn nhw dy helpu i fynd yn ôl i mewn.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>Er enghraifft: Fy stori</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Syniadau:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Fy stori</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>Llyfr nodiadau glas</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>Defnyddio&apos;r enw {0}</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>Dydy&apos;r ap hwn ddim ar gyfer argyfwng. Angen help nawr? Mae&apos;r rhain am ddim, ddydd a nos:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>Nid gwasanaeth argyfwng yw hwn. Os wyt ti angen help ar unwaith, mae&apos;r rhain am ddim, ddydd a nos:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn weld yr enw hwn, felly gall fod yn guddwisg: does dim rhaid iddo ddweud beth sydd y tu mewn.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>Mae&apos;r enw hwn yn cael ei ddangos yn y rhestr ar y cyfrifiadur hwn. Gallwch ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Gwaith achos</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Er enghraifft: Gwaith</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn weld yr enw hwn.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Helpu</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>Nodiadau cartref</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>Er enghraifft: Helpu</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn weld yr enw hwn, felly mae&apos;n well peidio â defnyddio enw&apos;r person ifanc.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>Mae hwn yn ei agor. Mae ychydig eiriau y byddi di&apos;n eu cofio ond na fydd eraill yn eu dyfalu yn gweithio&apos;n dda, fel &quot;tegell porffor ar ddydd Mawrth&quot;.</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>Mae hwn yn ei agor. Defnyddia ychydig eiriau y byddi di&apos;n eu cofio. Er enghraifft: tegell porffor ar ddydd Mawrth.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Os byddi di byth yn anghofio dy gyfrinymadrodd, mae&apos;r cod hwn yn ei agor yn lle. Ysgrifenna fe neu ei argraffu, a&apos;i gadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>Wedi anghofio dy gyfrinymadrodd? Mae&apos;r cod hwn yn ei agor yn lle. Ysgrifenna fe. Cadwa fe&apos;n ddiogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>Dyma&apos;r unig dro y bydd yn cael ei ddangos. Os byddwch chi&apos;n colli eich cyfrinymadrodd a&apos;r cod hwn, all neb agor y proffil hwn na&apos;r hyn a rannwyd gyda chi, dim hyd yn oed ni.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>Dyma&apos;r unig dro y bydd yn cael ei ddangos. Os byddwch chi&apos;n colli eich cyfrinymadrodd a&apos;r cod hwn, all neb agor y proffil hwn na&apos;ch drafftiau, dim hyd yn oed ni.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Cam {0} o {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>Ei &amp;wneud</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>Rwyf wedi&apos;i gadw, &amp;dechrau</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Un mwy newydd wedi cymryd ei le</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Amser ar ben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}; fe wnaethon nhw ei agor ar {1}</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}; fe wnaethon nhw ymateb ar {1}</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Rhannwyd ar</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>cofnod sydd wedi&apos;i ddileu ers hynny</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>I {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>Ymatebion i&apos;r rhannu hwn</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>Fe wnaeth {name} ymateb ar {date}</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>Beth fydd {name} yn ei wneud am ‘{title}’: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>Beth wyt ti eisiau ei rannu?</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>Dewis fy holl gofnodion pwysig n&amp;awr</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>Dewis fy holl gofnodion pwysig nawr</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>C&amp;lirio fy newis</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>Clirio fy newis</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>Cofnodion, fesul ad&amp;ran</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Cofnodion i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Dim byd wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Llun: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>Sain: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Ffeil: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>I bwy mae e?</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>Rhywun y mae eu cerdyn gen &amp;i</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>Rhywun y mae eu cerdyn gen i</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>Rhywun &amp;heb gerdyn yr ap</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>Rhywun heb gerdyn yr ap</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>Pobl y mae eu cerdyn gen ti</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>Dwyt ti ddim wedi ychwanegu cerdyn neb eto. Ychwanega un ar y dudalen Pobl, neu rhanna gyda rhywun heb gerdyn yr ap.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>E&amp;u henw nhw</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>Dy &amp;enw, fel y byddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Eu henw nhw</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>Ticia beth rwyt ti eisiau ei rannu. Does dim byd arall yn mynd.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>Does dim byd wedi&apos;i ddewis nes i ti ei dicio. Mae lluniau a synau&apos;n mynd gyda&apos;u cofnod oni bai dy fod ti&apos;n eu dad-dicio.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(pwysig nawr)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>Rhoi beth ddylai pobl ei wybod gyntaf ar y &amp;brig</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>Beth ddylai pobl ei wybod gyntaf: ysgrifenna fe ar yr Hafan i&apos;w rannu</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>Rhannu beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n cofnod wedi&apos;u dewis.</numerusform>
            <numerusform>%n cofnod wedi&apos;i ddewis.</numerusform>
            <numerusform>%n cofnod wedi&apos;u dewis.</numerusform>
            <numerusform>%n cofnod wedi&apos;u dewis.</numerusform>
            <numerusform>%n cofnod wedi&apos;u dewis.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>Does gen ti ddim cardiau eto. Ychwanega un ar y dudalen Pobl.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>Er enghraifft: Ms Green yn yr ysgol</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>Mae&apos;r ap yn gwneud cyfrinymadrodd i&apos;r ffeil. Dyweda fe wrthyn nhw. Paid byth â&apos;i anfon gyda&apos;r ffeil.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>Bydd yr ap yn gwneud cyfrinymadrodd ar gyfer y ffeil. Rwyt ti&apos;n ei ddweud wrthyn nhw ar lafar, wyneb yn wyneb neu ar y ffôn, byth yn yr un neges â&apos;r ffeil.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>Dwyt ti ddim wedi gwirio rhifau&apos;r cerdyn gyda {0} eto. Gelli di rannu o hyd. Ond mae&apos;n well gwirio&apos;r rhifau gyda nhw yn gyntaf. Gwna hynny ar y dudalen Pobl.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>Dwyt ti ddim wedi cymharu rhifau&apos;r cerdyn gyda {0} eto. Gelli di rannu o hyd, ond os galli di, gwiria&apos;r rhifau gyda nhw yn gyntaf (ar y dudalen Pobl).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Am ba hyd?</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>Pam wyt ti&apos;n ei rannu?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dy enw</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>Am ba hyd, a pham?</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>Pan ddaw&apos;r amser i ben, mae eu ap nhw&apos;n ei ddileu.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 &amp;mis</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>&amp;1 wythnos</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 mis</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>Tan &amp;ddyddiad:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>Tan y dyddiad hwn</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;Pam? Byddan nhw&apos;n gweld hyn.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;Pam wyt ti&apos;n ei rannu? Byddan nhw&apos;n gweld hyn.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>Pam rwyt ti&apos;n ei rannu</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>Er enghraifft: symud i ysgol newydd</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Eich enw, fel y byddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>Rhagolwg o&apos;r ffeil a rannwyd</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>Dyma&apos;n union beth fydd {0} yn ei weld</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>Mae hwn yn cymryd lle&apos;r hyn a rannaist ti gyda {0} ar {1}. Pan fyddan nhw&apos;n agor hwn, mae eu ap nhw&apos;n dileu&apos;r hen un.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>Mae hwn yn cymryd lle&apos;r hyn a rannaist ti gyda {0} ar {1}. Mae eu ap nhw&apos;n dileu&apos;r un hwnnw pan fyddan nhw&apos;n agor hwn.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>Y tro diwethaf, aeth beth ddylai pobl ei wybod gyntaf i {0}. Fydd e ddim yn mynd y tro hwn, oni bai dy fod ti&apos;n ei dicio.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>Y tro diwethaf, aeth beth ddylai pobl ei wybod gyntaf i {0}. Mae&apos;n wag nawr. Felly fydd e ddim yn mynd y tro hwn.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>Aeth beth ddylai pobl ei wybod gyntaf gyda dy rannu diwethaf i {0}. Fydd e ddim yn mynd gyda&apos;r un hwn oni bai dy fod ti&apos;n ei dicio.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>Aeth beth ddylai pobl ei wybod gyntaf gyda dy rannu diwethaf i {0}. Mae&apos;n wag nawr, felly fydd e ddim yn mynd gyda&apos;r un hwn.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>newydd: beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>wedi newid: beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>ddim yn cael ei rannu mwyach: beth ddylai pobl ei wybod gyntaf</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>newydd: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>wedi newid: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>ddim yn cael ei rannu mwyach: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>ddim yn cael eu rhannu mwyach: %n a ddilëaist ti</numerusform>
            <numerusform>ddim yn cael ei rannu mwyach: %n a ddilëaist ti</numerusform>
            <numerusform>ddim yn cael eu rhannu mwyach: %n a ddilëaist ti</numerusform>
            <numerusform>ddim yn cael eu rhannu mwyach: %n a ddilëaist ti</numerusform>
            <numerusform>ddim yn cael eu rhannu mwyach: %n a ddilëaist ti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>Dim byd wedi newid ers i ti rannu gyda {0} ddiwethaf ar {1}.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>Ers i ti rannu gyda {0} ddiwethaf ar {1}: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Yn cadw&apos;r ffeil</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>Y cyfrinymadrodd. Darllena fe iddyn nhw, ar lafar:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>I {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>Cadw&apos;r ffeil a rannwyd</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Ffeiliau a rannwyd (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>Mae “{0}” wedi&apos;i chadw. Mae&apos;n dal {1} i {2}, tan ddiwedd {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>Maen nhw&apos;n cael ei gopïo i&apos;w cofnodion swyddogol; mae&apos;r copi hwnnw&apos;n aros ar ôl iddo ddod i ben.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>Rho&apos;r ffeil iddyn nhw. Dim ond gyda&apos;r cyfrinymadrodd isod mae&apos;n agor.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>Rho&apos;r ffeil iddyn nhw, ar ffon USB neu drwy e-bost. Dim ond eu ap nhw all ei hagor.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>Cyfrinymadrodd: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>Mae “{0}” wedi&apos;i chadw. Mae ganddi {1} i {2}. Mae&apos;n agor tan ddiwedd {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>Maen nhw&apos;n cael ei gopïo i&apos;w cofnodion swyddogol. Mae&apos;r copi hwnnw&apos;n aros ar ôl y diwedd.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>Rho&apos;r ffeil iddyn nhw. Defnyddia ffon USB neu e-bost. Dim ond eu ap nhw all ei hagor.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Chafodd dim byd ei rannu.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Cam {0} o {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>Ei &amp;weld yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Cadw&apos;r ffeil…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>Tudalennau a gweithredoedd</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>Recordio sain</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>Recordia dy lais, cerddoriaeth neu unrhyw beth rwyt ti&apos;n ei hoffi. Mae&apos;n aros ar y cyfrifiadur hwn, wedi&apos;i gloi yn dy basbort, a dim ond os byddi di&apos;n ei gadw.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Recordio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Recordio</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>Ni chafwyd hyd i feicroffon ar y cyfrifiadur hwn. Gelli di ychwanegu sain o ffeil o hyd.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>&amp;Cadw&apos;r sain hon</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>Cadw&apos;r sain hon</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>Taflu&apos;r sain hon</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>All y meicroffon ddim cael ei ddefnyddio ar hyn o bryd. Gwiria ei fod wedi&apos;i gysylltu, yna rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>Dyna&apos;r hiraf y gall sain fod. Gwranda arni, yna cadwa hi neu tafla hi.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>Fe stopiodd y meicroffon. Mae&apos;r hyn a recordiwyd hyd yma yn dal yma.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Saib</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Rhoi saib ar y recordio</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Yn recordio…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>Dal ati i r&amp;ecordio</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>Dal ati i recordio</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>Wedi oedi. Gelli di wrando, dal ati, ei chadw neu ei thaflu.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>Lefel y sain: wedi oedi</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>Lefel y sain: dim i&apos;w glywed</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>Lefel y sain: tawel</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>Lefel y sain: da</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>Lefel y sain: uchel iawn</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>{recorded} wedi&apos;i recordio, {left} ar ôl</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>dy recordiad</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>Does dim llais ar gyfer {language} ar y cyfrifiadur hwn, felly all hwn ddim cael ei ddarllen yn uchel. Gellir ychwanegu llais yng ngosodiadau&apos;r cyfrifiadur ei hun.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>Dydy darllen yn uchel ddim yn gweithio ar y cyfrifiadur hwn ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>Mae darllen yn uchel angen lleferydd y cyfrifiadur, a dydy e ddim yn gweithio yma. Ar Linux, mae gosod speech-dispatcher ac espeak-ng yn ei roi.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>Wedi&apos;i dicio.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>Rhai wedi&apos;u ticio.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Heb ei dicio.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>Dyma&apos;r demo. Ei gyfrinymadrodd yw: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>Mae dy eiriau wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>Mae&apos;r hyn a deipiaist ti pan nad oedd lle ar ôl wedi&apos;i gadw nawr.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dy god adfer</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>Beth hoffet ti i bobl ei wybod amdanat ti?</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>Beth hoffen nhw i bobl ei wybod amdanyn nhw?</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Fy nghryfderau</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>Beth wyt ti&apos;n dda am ei wneud? Beth mae pobl yn ei hoffi amdanat ti?</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>Beth maen nhw&apos;n dda am ei wneud? Beth mae pobl yn ei hoffi amdanyn nhw?</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>Beth sy&apos;n helpu pan wyt ti&apos;n teimlo dan straen neu&apos;n isel?</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>Beth sy&apos;n eu helpu nhw pan maen nhw&apos;n teimlo dan straen neu&apos;n isel?</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Beth sydd ddim yn helpu</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>Beth sy&apos;n gwneud pethau&apos;n anoddach i ti?</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>Beth sy&apos;n gwneud pethau&apos;n anoddach iddyn nhw?</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>Pobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>Pwy sy&apos;n bwysig i ti?</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>Pwy sy&apos;n bwysig iddyn nhw?</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>Beth weithiodd o&apos;r blaen</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>Beth sydd wedi helpu yn y gorffennol?</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>Beth sydd wedi&apos;u helpu nhw yn y gorffennol?</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Pan fydd pethau&apos;n anodd</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>Beth ddylai pobl ei wneud pan fydd pethau&apos;n anodd i ti?</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>Beth ddylai pobl ei wneud pan fydd pethau&apos;n anodd iddyn nhw?</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>Gobeithion a chynlluniau</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>Beth wyt ti&apos;n edrych ymlaen ato?</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>Beth maen nhw&apos;n edrych ymlaen ato?</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>Newidiadau sydd i ddod</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>Oes rhywbeth ar fin newid, fel symud tŷ neu ysgol newydd?</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>Oes rhywbeth ar fin newid iddyn nhw, fel symud tŷ neu ysgol newydd?</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>Ei newid, yna ei ychwanegu</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>Newid yr awgrym, yna ei ychwanegu</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Ei wneud yn eiddo i ti</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>Awgrym gan {name}. Newidia unrhyw beth rwyt ti eisiau; dim ond yr hyn rwyt ti&apos;n ei ychwanegu sy&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>&amp;Ychwanegu at fy mhasbort</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>Ychwanegu at fy mhasbort</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>Dim nawr: ei gadw&apos;n aros</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Geiriau</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>A&amp;dran</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;Pwysig nawr</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Pwysig nawr</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>Syniadau gan bobl sy&apos;n dy helpu di. Does dim byd yn mynd i dy basbort oni bai dy fod ti&apos;n ei ychwanegu.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>&amp;Agor awgrymiadau…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>Agor ffeil o awgrymiadau</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Yn agor y ffeil</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>Dim byd yn aros. Pan fydd rhywun sy&apos;n dy helpu di&apos;n rhoi ffeil o awgrymiadau i ti, agor hi yma.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>Awgrymiadau&apos;n aros amdanat ti</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>&amp;Yn aros amdanat ti</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Wedi&apos;i awgrymu</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>Yr awgrym, wrth ymyl yr hyn mae&apos;n ymwneud ag e</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>&amp;Ei ychwanegu at fy mhasbort</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>Ei ychwanegu at fy mhasbort fel y mae</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>Ei &amp;newid, yna ei ychwanegu…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>Ei newid, yna ei ychwanegu</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>Dim &amp;diolch…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>Dweud na i&apos;r awgrym hwn</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Dim diolch</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>Dim diolch: gadael yr awgrym hwn allan</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>Dim diolch i “{title}”? Fydd e ddim yn mynd i dy basbort, a fydd yr awgrym hwn ddim yn cael ei gadw yma.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>Dim diolch: fydd “{title}” ddim yn mynd i dy basbort.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>Ei gadw am nawr</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>Yn dy basbort yn barod</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>Dim byd tebyg eto.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Agor awgrymiadau</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>Awgrymiadau (*{0});;Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Yn agor ac yn gwirio&apos;r ffeil…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>Rwyt ti wedi gweld popeth yn y ffeil hon gan {name} yn barod.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>Anfonodd {name} awgrym. Does dim byd yn dy basbort nes i ti ei ychwanegu.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>Anfonodd {name} {count} awgrym. Does dim byd yn dy basbort nes i ti eu hychwanegu.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Eu nodyn: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Wedi&apos;i atodi: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>Llun wedi&apos;i atodi: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>Wedi ychwanegu “{title}” at {section}.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>Rho wybod i {name} beth wnest ti benderfynu…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Rho wybod i {name} beth wnest ti benderfynu</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>Gan {name}, ar gyfer “{section}”</translation>
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
        <translation>Maint y testun {0} y cant</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Cofnodion, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>Dim byd yma eto. Mae&apos;r hyn rwyt ti&apos;n ei ysgrifennu&apos;n ymddangos yma, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>Y mwyaf newydd yn gyntaf, yn ôl pryd y digwyddodd, neu pryd yr ysgrifennaist ti e.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>Ei gloi nawr (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Cuddio nawr</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>Cloi ar unwaith a dangos tudalen wag (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>rhifau wedi&apos;u gwirio</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>rhifau heb eu gwirio eto</translation>
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
        <translation>Efallai un diwrnod y byddi di&apos;n colli dy gyfrinymadrodd a dy god adfer. Yna gall pobl rwyt ti&apos;n ymddiried ynddyn nhw dy helpu yn ôl i mewn. Dewisa dri o dy bobl. Mae pob un yn cael darn. Ffeil fach yw darn. Dim ond eu ap nhw all ei hagor. Mae dau ddarn gyda&apos;i gilydd yn dy adael di yn ôl i mewn. Dydy un darn ar ei ben ei hun ddim yn agor dim.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>Os byddi di byth yn colli dy gyfrinymadrodd a dy god adfer, gall pobl rwyt ti&apos;n eu trystio dy helpu i fynd yn ôl i mewn. Dewisa dri o dy bobl. Mae pob un yn cael darn: ffeil fach mai dim ond eu ap nhw all ei hagor. Mae unrhyw ddau ddarn gyda&apos;i gilydd yn dy adael yn ôl i mewn; dydy un darn ar ei ben ei hun ddim yn agor dim.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>&amp;Dewis tri pherson</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>Dewis tri pherson</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>Wedi dewis: {0} o 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>Dy &amp;enw, fel mae dy bobl ddibynadwy yn dy nabod</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>Dy enw, fel mae dy bobl ddibynadwy yn dy nabod</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>Mae pob darn yn dweud pwy sydd biau e. Felly mae angen enw ar dy gerdyn yn gyntaf. Mae&apos;r enw&apos;n mynd ar dy gerdyn hefyd (Fy ngherdyn).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>Mae pob darn yn dweud pwy sydd biau e, felly mae angen enw ar dy gerdyn yn gyntaf. Mae&apos;n mynd ar dy gerdyn hefyd (Fy ngherdyn).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;Defnyddio&apos;r enw hwn</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Defnyddio&apos;r enw hwn</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>Yn gyntaf ychwanega gardiau&apos;r bobl rwyt ti&apos;n ymddiried ynddyn nhw. Gwna hynny o dan Pobl. Yna tyrd yn ôl yma.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>Ychwanega gardiau&apos;r bobl rwyt ti&apos;n ymddiried ynddyn nhw yn gyntaf (Pobl), yna tyrd yn ôl yma.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>&amp;Gwneud eu darnau…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>Gwneud eu darnau</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>Yn gwneud y darnau</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Pobl ddibynadwy</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>Mynd i&apos;r dudalen &amp;Pobl…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>Mynd i&apos;r dudalen Pobl, i ychwanegu cardiau neu wirio eu rhifau</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>Mae angen cardiau tri pherson arnat ti. Ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti. Ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti. Ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti. Ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti. Ychwanega %n arall o dan Pobl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>Mae angen cardiau tri pherson arnat ti: ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti: ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti: ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti: ychwanega %n arall o dan Pobl.</numerusform>
            <numerusform>Mae angen cardiau tri pherson arnat ti: ychwanega %n arall o dan Pobl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>Ticia dri pherson yn y rhestr. %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr. %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr. %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr. %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr. %n arall i&apos;w ticio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>Ticia dri pherson yn y rhestr: %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr: %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr: %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr: %n arall i&apos;w ticio.</numerusform>
            <numerusform>Ticia dri pherson yn y rhestr: %n arall i&apos;w ticio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>Tri pherson wedi&apos;u ticio.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>Wedi cadw tair ffeil yn {folder}. Rho ei ffeil ei hun i bob person. Rho hi â llaw, neu ar ffon USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>Wedi cadw tair ffeil yn {folder}. Rho ei ffeil ei hun i bob person (â llaw, neu ar ffon USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>Yn gyntaf gwiria rifau&apos;r cerdyn gyda {0}. Gwna hynny o dan Pobl, ar eu cerdyn. Yna rwyt ti&apos;n gwybod bod y darn yn mynd i&apos;r person iawn.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>Gwiria rifau {0} gyda nhw yn gyntaf (Pobl, yna eu cerdyn): dydy darn ddim yn fwy diogel na&apos;r cerdyn mae&apos;n mynd iddo.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>Gwiria rifau&apos;r bobl hyn gyda nhw yn gyntaf (Pobl, yna eu cerdyn): {0}. Dydy darn ddim yn fwy diogel na&apos;r cerdyn mae&apos;n mynd iddo.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>Dydy&apos;r darnau sydd gan {0} ddim yn gweithio nawr. Cawson nhw eu gwneud cyn i ti adfer dy basbort. Ticia dri pherson isod i wneud darnau newydd.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>Cafodd y darnau sydd gan {0} eu gwneud cyn adfer, a dydyn nhw ddim yn agor y pasbort hwn mwyach. Ticia dri pherson isod i wneud rhai newydd.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>Does gen ti ddim pobl ddibynadwy eto.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>Dy bobl ddibynadwy yw {0}. Fe wnest ti eu darnau ar {1}. Os byddi di&apos;n gwneud darnau newydd, bydd yr hen ddarnau&apos;n stopio gweithio.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>Dy bobl ddibynadwy yw {0} (darnau wedi&apos;u gwneud ar {1}). Mae gwneud darnau newydd yn golygu nad yw&apos;r rhai sydd ganddyn nhw nawr yn agor dim.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>Dewis ffolder ar gyfer y tri darn</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>Maen nhw&apos;n ei hagor yn eu ap eu hunain. Maen nhw&apos;n mynd i&apos;r Gosodiadau, yna Darnau rydw i&apos;n eu cadw.</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>Yn eu ap nhw, maen nhw&apos;n ei hagor yn y Gosodiadau, yna Darnau rydw i&apos;n eu cadw.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>Wnest ti ddim gorffen gwneud cod newydd. Mae dy hen god yn dal i weithio.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>Mynd yn ôl i mewn gyda phobl dd&amp;ibynadwy…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Mynd yn ôl i mewn gyda phobl ddibynadwy</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Yn ôl i&apos;r &amp;rhestr</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Yn agor…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>Teipia dy god &amp;adfer</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Y cod a ysgrifennaist ti neu a argraffaist ti</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>Defnyddio fy nghyfrinymadrodd &amp;yn lle</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>Teipia dy &amp;gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>Defnyddio fy nghod adfer &amp;yn lle</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>Tynnu&apos;n ôl yr hyn a rannaist ti</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>Pan fydd eu ap nhw&apos;n ei hagor, mae&apos;n dileu&apos;r hyn a rannaist ti a fydd e ddim yn agor y ffeil honno eto.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>Dydy hi ddim yn eu cyrraedd ohoni&apos;i hun: rho hi iddyn nhw yn yr un ffordd ag y rhoddaist ti&apos;r ffeil gyntaf.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>All hi ddim cymryd yn ôl yr hyn maen nhw wedi&apos;i ddarllen, ei argraffu neu ei ysgrifennu&apos;n barod. Os yw hynny&apos;n dy boeni, siarada â nhw neu â rhywun rwyt ti&apos;n ei drystio.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>&amp;Gwneud y ffeil tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>Gwneud y ffeil tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>Mae hyn yn gwneud ffeil tynnu&apos;n ôl fach i {name}, am yr hyn a rannaist ti ar {date} am {time}</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>, “{purpose}”</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} a %n arall</numerusform>
            <numerusform>: {titles} a %n arall</numerusform>
            <numerusform>: {titles} a %n arall</numerusform>
            <numerusform>: {titles} a %n arall</numerusform>
            <numerusform>: {titles} a %n arall</numerusform>
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
        <translation>Wedi&apos;i ysgrifennu gyda</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>Rhywun a wnaeth dy helpu i ysgrifennu hwn. Dewisa neu teipia enw, neu gad e&apos;n wag.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Fi yn unig</translation>
    </message>
</context>
</TS>
