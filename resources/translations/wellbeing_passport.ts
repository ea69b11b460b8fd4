<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you added it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesBand</name>
    <message>
        <source>{heading}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesDialog</name>
    <message>
        <source>How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>{kind}: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 116 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStepBlock</name>
    <message>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing on each line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSizeChoices</name>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {0} percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedPeopleTab</name>
    <message>
        <source>Maybe one day you lose your passphrase and your recovery code. Then people you trust can help you back in. Choose three of your people. Each one gets a piece. A piece is a small file. Only their app can open it. Two pieces together let you back in. One piece alone opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenWithField</name>
    <message>
        <source>Written with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
