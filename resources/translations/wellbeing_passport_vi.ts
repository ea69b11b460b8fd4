<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en_GB">
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Thêm thẻ của một người</translation>
    </message>
    <message>
        <source>Choose the card file they gave you. Then read the numbers aloud together: if they match, nobody swapped the card on the way.</source>
        <translation>Chọn tệp thẻ họ đưa cho bạn. Sau đó cùng nhau đọc to các con số: nếu khớp nhau, không ai đã tráo thẻ trên đường đi.</translation>
    </message>
    <message>
        <source>&amp;Choose the card file…</source>
        <translation>&amp;Chọn tệp thẻ…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>Chọn tệp thẻ</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they &amp;match</source>
        <translation>Chúng tôi đã đọc to các con số và chúng &amp;khớp nhau</translation>
    </message>
    <message>
        <source>We read the numbers aloud and they match</source>
        <translation>Chúng tôi đã đọc to các con số và chúng khớp nhau</translation>
    </message>
    <message>
        <source>&amp;Add the card</source>
        <translation>&amp;Thêm thẻ</translation>
    </message>
    <message>
        <source>Add the card</source>
        <translation>Thêm thẻ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Thẻ (*{0});;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Cho {name} biết bạn đã quyết định gì</translation>
    </message>
    <message>
        <source>Let them know what you decided</source>
        <translation>Cho họ biết bạn đã quyết định gì</translation>
    </message>
    <message>
        <source>This is everything the answer says. It has no titles and none of your words: {name} sees it beside what they sent.</source>
        <translation>Đây là toàn bộ nội dung câu trả lời. Nó không có tiêu đề và không có lời nào của bạn: {name} sẽ thấy nó bên cạnh những gì họ đã gửi.</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>Nội dung câu trả lời</translation>
    </message>
    <message>
        <source>What the answer &amp;says</source>
        <translation>&amp;Nội dung câu trả lời</translation>
    </message>
    <message>
        <source>&amp;Save the answer…</source>
        <translation>&amp;Lưu câu trả lời…</translation>
    </message>
    <message>
        <source>Save the answer as a file</source>
        <translation>Lưu câu trả lời thành tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>you added it</source>
        <translation>bạn đã thêm</translation>
    </message>
    <message>
        <source>you added it with changes</source>
        <translation>bạn đã thêm với vài thay đổi</translation>
    </message>
    <message>
        <source>you said no, thanks</source>
        <translation>bạn đã nói không, cảm ơn</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source>Suggestion {number} sent on {date}: {outcome}</source>
        <translation>Gợi ý {number} gửi ngày {date}: {outcome}</translation>
    </message>
    <message>
        <source>Answer for {name}</source>
        <translation>Câu trả lời cho {name}</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Answers (*{0})</source>
        <translation>Câu trả lời (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved. Give {name} the file; in their app they choose “Send suggestions…”, then “Open an answer…”.</source>
        <translation>Đã lưu. Hãy đưa tệp cho {name}; trong ứng dụng của họ, họ chọn “Gửi gợi ý…”, rồi “Mở một câu trả lời…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Pictures, sounds and files</source>
        <translation>Ảnh, âm thanh và tệp</translation>
    </message>
    <message>
        <source>Add a picture, sound or file…</source>
        <translation>Thêm ảnh, âm thanh hoặc tệp…</translation>
    </message>
    <message>
        <source>Add a picture, sound or file</source>
        <translation>Thêm ảnh, âm thanh hoặc tệp</translation>
    </message>
    <message>
        <source>Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Any file (*)</source>
        <translation>Ảnh và âm thanh (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac *.m4a);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu một bản sao</translation>
    </message>
    <message>
        <source>Draw a picture…</source>
        <translation>Vẽ một bức tranh…</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>Vẽ một bức tranh</translation>
    </message>
    <message>
        <source>Record a sound…</source>
        <translation>Ghi âm…</translation>
    </message>
    <message>
        <source>Record a sound</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <source>Add a title first, then you can add pictures, sounds and files.</source>
        <translation>Hãy thêm tiêu đề trước, rồi bạn có thể thêm ảnh, âm thanh và tệp.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Đang thêm {name}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Đã thêm {name}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Gỡ {name}?</translation>
    </message>
    <message>
        <source>It will be taken out of this entry and erased. This can&apos;t be undone.</source>
        <translation>Nó sẽ được lấy ra khỏi mục này và bị xóa. Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Gỡ đi</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Đã gỡ {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Đang lưu bản sao…</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Đã lưu một bản sao tên là {name}.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu một bản sao…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Lưu một bản sao của {name}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Gỡ {name}</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Đang mở ảnh…</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Ảnh: {name}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown, but it is kept safe.</source>
        <translation>Không thể hiện ảnh này, nhưng nó vẫn được giữ an toàn.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>My drawing, {day}</source>
        <translation>Hình vẽ của tôi, {day}</translation>
    </message>
    <message>
        <source>My recording, {day} {time}</source>
        <translation>Bản ghi âm của tôi, {day} {time}</translation>
    </message>
    <message>
        <source>less than 1 KB</source>
        <translation>dưới 1 KB</translation>
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
        <translation>tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Play {name}</source>
        <translation>Phát {name}</translation>
    </message>
    <message>
        <source>Sounds can&apos;t be played on this computer. You can save a copy and play it elsewhere.</source>
        <translation>Máy tính này không phát được âm thanh. Bạn có thể lưu một bản sao và phát ở nơi khác.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Pause {name}</source>
        <translation>Tạm dừng {name}</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Đang phát</translation>
    </message>
    <message>
        <source>This sound can&apos;t be played here. You can save a copy and play it elsewhere.</source>
        <translation>Không phát được âm thanh này ở đây. Bạn có thể lưu một bản sao và phát ở nơi khác.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup</source>
        <translation>Lưu bản sao lưu</translation>
    </message>
    <message>
        <source>One file with everything in your passport. That means your words, pictures, sounds, history and people. If this laptop is lost, the file brings your passport back.</source>
        <translation>Một tệp chứa mọi thứ trong sổ tay của bạn. Đó là lời bạn viết, ảnh, âm thanh, lịch sử và mọi người. Nếu mất máy tính này, tệp này sẽ mang sổ tay của bạn trở lại.</translation>
    </message>
    <message>
        <source>One file with everything in your passport: your words, pictures, sounds, history and people. If this laptop is lost, it brings your passport back.</source>
        <translation>Một tệp chứa mọi thứ trong sổ tay của bạn: lời bạn viết, ảnh, âm thanh, lịch sử và mọi người. Nếu mất máy tính này, tệp này sẽ mang sổ tay của bạn trở lại.</translation>
    </message>
    <message>
        <source>Your new recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Mã khôi phục mới của bạn mở được tệp này. Hãy cất mã ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>Your recovery code opens this file. Keep it somewhere safe, away from this laptop.</source>
        <translation>Mã khôi phục của bạn mở được tệp này. Hãy cất mã ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>Đang lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Choose where to &amp;save…</source>
        <translation>Chọn nơi để &amp;lưu…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Chọn nơi lưu bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Backup {date}</source>
        <translation>Bản sao lưu {date}</translation>
    </message>
    <message>
        <source>Backups (*{0})</source>
        <translation>Bản sao lưu (*{0})</translation>
    </message>
    <message>
        <source>Saving… You can keep using the app.</source>
        <translation>Đang lưu… Bạn vẫn có thể dùng ứng dụng.</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>Đã lưu với tên {name} trong {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>It&apos;s been a while since your last backup. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Đã khá lâu kể từ lần sao lưu trước. Bản sao lưu giữ sổ tay của bạn an toàn nếu mất máy tính này.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Lưu &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Not now: remind me next time</source>
        <translation>Để sau: nhắc tôi lần tới</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Nhắc sao lưu</translation>
    </message>
    <message>
        <source>Your recovery code has changed, and backups you saved before open only with the old one. Save a new backup now, to go with your new code.</source>
        <translation>Mã khôi phục của bạn đã thay đổi, và các bản sao lưu bạn lưu trước đây chỉ mở được bằng mã cũ. Hãy lưu một bản sao lưu mới ngay bây giờ, đi cùng mã mới của bạn.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now, so your passport is safe if this laptop is lost; your new code opens it.</source>
        <translation>Mã khôi phục của bạn đã thay đổi. Hãy lưu một bản sao lưu ngay bây giờ, để sổ tay của bạn vẫn an toàn nếu mất máy tính này; mã mới của bạn sẽ mở được bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Your old backups need the old code. So save a new backup now. It goes with your new code.</source>
        <translation>Mã khôi phục của bạn đã thay đổi. Các bản sao lưu cũ cần mã cũ. Vì vậy, hãy lưu một bản sao lưu mới ngay bây giờ. Nó đi cùng mã mới của bạn.</translation>
    </message>
    <message>
        <source>Your recovery code has changed. Save a backup now. Then your passport is safe if this laptop is lost. Your new code opens the backup.</source>
        <translation>Mã khôi phục của bạn đã thay đổi. Hãy lưu một bản sao lưu ngay bây giờ. Khi đó sổ tay của bạn sẽ an toàn nếu mất máy tính này. Mã mới của bạn mở được bản sao lưu.</translation>
    </message>
    <message>
        <source>You have not saved a backup for a while. A backup keeps your passport safe if this laptop is lost.</source>
        <translation>Đã khá lâu bạn chưa lưu bản sao lưu. Bản sao lưu giữ sổ tay của bạn an toàn nếu mất máy tính này.</translation>
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
        <translation>Cách nói chuyện với tôi</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Hãy gọi tôi là</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>Tên bạn thích được gọi</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Xin đừng hỏi tôi về</translation>
    </message>
    <message>
        <source>For example: tell me what will happen next; give me time to answer</source>
        <translation>Ví dụ: cho tôi biết điều gì sẽ xảy ra tiếp theo; cho tôi thời gian để trả lời</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>These stay in your passport. They are shared only when you tick them while sharing, and then they come before everything else.</source>
        <translation>Những điều này ở lại trong sổ tay của bạn. Chúng chỉ được chia sẻ khi bạn đánh dấu chúng lúc chia sẻ, và khi đó chúng đứng trước mọi thứ khác.</translation>
    </message>
    <message>
        <source>&amp;Call me…</source>
        <translation>Hãy &amp;gọi tôi là…</translation>
    </message>
    <message>
        <source>&amp;Please don&apos;t ask me about…</source>
        <translation>Xin đừng &amp;hỏi tôi về…</translation>
    </message>
    <message>
        <source>&amp;How to talk with me</source>
        <translation>&amp;Cách nói chuyện với tôi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>Nhiều chữ quá: mỗi ô chứa tối đa %n ký tự.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundariesPanel</name>
    <message>
        <source>What people should know first</source>
        <translation>Điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>What should people call you? Is there anything you&apos;d rather not be asked about? How do you like people to talk with you?</source>
        <translation>Mọi người nên gọi bạn là gì? Có điều gì bạn không muốn bị hỏi không? Bạn thích mọi người nói chuyện với bạn như thế nào?</translation>
    </message>
    <message>
        <source>Call me</source>
        <translation>Hãy gọi tôi là</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Xin đừng hỏi tôi về</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Cách nói chuyện với tôi</translation>
    </message>
    <message>
        <source>Shared only when you tick them while sharing.</source>
        <translation>Chỉ được chia sẻ khi bạn đánh dấu chúng lúc chia sẻ.</translation>
    </message>
    <message>
        <source>&amp;Write them…</source>
        <translation>&amp;Viết ra…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Write what people should know first</source>
        <translation>Viết điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>Change what people should know first</source>
        <translation>Sửa điều mọi người nên biết trước tiên</translation>
    </message>
</context>
<context>
    <name>BoundariesText</name>
    <message>
        <source>Call me</source>
        <translation>Hãy gọi tôi là</translation>
    </message>
    <message>
        <source>Please don&apos;t ask me about</source>
        <translation>Xin đừng hỏi tôi về</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Cách nói chuyện với tôi</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Xin hãy đọc phần này trước</translation>
    </message>
</context>
<context>
    <name>BoundaryChecks</name>
    <message>
        <source>What people should know first: tick each one to put it at the top.</source>
        <translation>Điều mọi người nên biết trước tiên: đánh dấu từng điều để đặt nó lên trên cùng.</translation>
    </message>
    <message>
        <source>Put “{0}” on the page</source>
        <translation>Đưa “{0}” vào trang</translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. {sender} allowed {recipient} to keep a copy in their records; please don&apos;t pass it on otherwise.</source>
        <translation>{sender} chia sẻ với {recipient}, mở được đến {until}. {sender} đã cho phép {recipient} giữ một bản sao trong hồ sơ lưu trữ của họ; ngoài việc đó, xin đừng chuyển tiếp cho người khác.</translation>
    </message>
    <message>
        <source>Shared by {sender} with {recipient}, open until {until}. Please don&apos;t copy or pass it on.</source>
        <translation>{sender} chia sẻ với {recipient}, mở được đến {until}. Xin đừng sao chép hay chuyển tiếp.</translation>
    </message>
    <message>
        <source>Not for the record.</source>
        <translation>Không đưa vào hồ sơ lưu trữ.</translation>
    </message>
    <message>
        <source>May be copied into their records (a copy there stays after it ends)</source>
        <translation>Có thể sao chép vào hồ sơ lưu trữ của họ (bản sao ở đó vẫn còn sau khi hết hạn)</translation>
    </message>
    <message>
        <source>Read only: not for the record</source>
        <translation>Chỉ để đọc: không đưa vào hồ sơ lưu trữ</translation>
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
        <translation>(mới)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n mục mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n mục đã thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n mục không còn chia sẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since {0}.</source>
        <translation>Không có gì thay đổi kể từ {0}.</translation>
    </message>
    <message>
        <source>What changed since {0}: {1}</source>
        <translation>Những gì đã thay đổi kể từ {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>Không còn chia sẻ: %n mục từ lần trước</numerusform>
        </translation>
    </message>
    <message>
        <source>now under ‘{0}’</source>
        <translation>giờ nằm trong ‘{0}’</translation>
    </message>
    <message>
        <source>now marked important now</source>
        <translation>giờ được đánh dấu là quan trọng lúc này</translation>
    </message>
    <message>
        <source>no longer marked important now</source>
        <translation>không còn được đánh dấu là quan trọng lúc này</translation>
    </message>
    <message>
        <source>a new date to ask if it&apos;s still true</source>
        <translation>một ngày mới để hỏi điều này có còn đúng không</translation>
    </message>
    <message>
        <source>a new date for when it happened</source>
        <translation>một ngày mới cho lúc việc này xảy ra</translation>
    </message>
    <message>
        <source>a new colour</source>
        <translation>một màu mới</translation>
    </message>
    <message>
        <source>its pictures, sounds or files changed</source>
        <translation>ảnh, âm thanh hoặc tệp của nó đã thay đổi</translation>
    </message>
    <message>
        <source>new words are underlined and marked (new)</source>
        <translation>những chữ mới được gạch chân và đánh dấu (mới)</translation>
    </message>
    <message>
        <source>some words were taken out</source>
        <translation>một số chữ đã được bỏ đi</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Mới:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Đã thay đổi:</translation>
    </message>
    <message>
        <source>Underlined words, each followed by (new), are new or changed since {0}.</source>
        <translation>Những chữ được gạch chân, mỗi chữ kèm theo (mới), là mới hoặc đã thay đổi kể từ {0}.</translation>
    </message>
    <message>
        <source>Shared by {0}</source>
        <translation>Do {0} chia sẻ</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Quan trọng lúc này</translation>
    </message>
    <message>
        <source>Nothing in this file is marked as important now.</source>
        <translation>Không có gì trong tệp này được đánh dấu là quan trọng lúc này.</translation>
    </message>
    <message>
        <source>Everything shared</source>
        <translation>Mọi thứ được chia sẻ</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Người chia sẻ</translation>
    </message>
    <message>
        <source>Numbers that show it came from you</source>
        <translation>Các con số cho thấy nó đến từ bạn</translation>
    </message>
    <message>
        <source>Numbers that show it came from them</source>
        <translation>Các con số cho thấy nó đến từ họ</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Chia sẻ với</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Tạo ngày</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Mở được đến</translation>
    </message>
    <message>
        <source>the end of {0}</source>
        <translation>hết ngày {0}</translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation>Vì sao chia sẻ</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(không có ghi chú)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>New since {0}</source>
        <translation>Mới kể từ {0}</translation>
    </message>
    <message>
        <source>Changed since {0}</source>
        <translation>Đã thay đổi kể từ {0}</translation>
    </message>
    <message>
        <source>Happened {0}</source>
        <translation>Xảy ra {0}</translation>
    </message>
    <message>
        <source>Last changed {0}</source>
        <translation>Thay đổi lần cuối {0}</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), changed and added by {owner}</source>
        <translation>Do {carer} (người chăm sóc) gợi ý, {owner} đã sửa và thêm vào</translation>
    </message>
    <message>
        <source>Suggested by {carer} (carer), added by {owner}</source>
        <translation>Do {carer} (người chăm sóc) gợi ý, {owner} đã thêm vào</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Ảnh: {0}</translation>
    </message>
    <message>
        <source>A picture that can’t be shown: {0}</source>
        <translation>Một ảnh không thể hiện được: {0}</translation>
    </message>
    <message>
        <source>Sound: {0} ({1})</source>
        <translation>Âm thanh: {0} ({1})</translation>
    </message>
    <message>
        <source>File: {0} ({1})</source>
        <translation>Tệp: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BundleHeader</name>
    <message>
        <source>About this file</source>
        <translation>Về tệp này</translation>
    </message>
</context>
<context>
    <name>BundlePrinter</name>
    <message>
        <source>{0} Page {1} of {2}.</source>
        <translation>{0} Trang {1} trên {2}.</translation>
    </message>
</context>
<context>
    <name>BundleView</name>
    <message>
        <source>New: ‘{0}’</source>
        <translation>Mới: ‘{0}’</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’ — {1}</source>
        <translation>Đã thay đổi: ‘{0}’ — {1}</translation>
    </message>
    <message>
        <source>Changed: ‘{0}’</source>
        <translation>Đã thay đổi: ‘{0}’</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>So sánh các con &amp;số…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>So sánh các con số</translation>
    </message>
    <message>
        <source>Read the card&apos;s numbers with the person; if they match, mark it checked</source>
        <translation>Cùng người đó đọc các con số trên thẻ; nếu khớp, hãy đánh dấu là đã kiểm tra</translation>
    </message>
    <message>
        <source>The shared file</source>
        <translation>Tệp được chia sẻ</translation>
    </message>
    <message>
        <source>Choose a shared file on the left to read it here.</source>
        <translation>Chọn một tệp được chia sẻ ở bên trái để đọc ở đây.</translation>
    </message>
    <message>
        <source>Sounds in this file</source>
        <translation>Âm thanh trong tệp này</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Shared by {0}.pdf</source>
        <translation>Do {0} chia sẻ.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Add a card</source>
        <translation>Thêm một thẻ</translation>
    </message>
    <message>
        <source>Check a card</source>
        <translation>Kiểm tra một thẻ</translation>
    </message>
    <message>
        <source>Is this card really from {0}? Check it together, in person or on the phone. Read the numbers aloud, one group of five at a time. {0} looks at their own numbers. Are all the groups the same? Then the card is really theirs. Nobody swapped it on the way.</source>
        <translation>Thẻ này có thật sự là của {0} không? Hãy cùng nhau kiểm tra, gặp trực tiếp hoặc qua điện thoại. Đọc to các con số, mỗi lần một nhóm năm số. {0} nhìn các con số của chính họ. Tất cả các nhóm có giống nhau không? Nếu có, thẻ đó đúng là của họ. Không ai đã tráo nó trên đường đi.</translation>
    </message>
    <message>
        <source>Read these numbers aloud with {0}, in person or on the phone. If theirs are the same, the card really is theirs and nobody swapped it on the way.</source>
        <translation>Hãy cùng {0} đọc to các con số này, gặp trực tiếp hoặc qua điện thoại. Nếu số của họ giống hệt, thẻ đó đúng là của họ và không ai đã tráo nó trên đường đi.</translation>
    </message>
    <message>
        <source>We &amp;compared the numbers, mark as checked</source>
        <translation>Chúng tôi đã so sánh các con số, đánh dấu là đã &amp;kiểm tra</translation>
    </message>
    <message>
        <source>We compared the numbers, mark as checked</source>
        <translation>Chúng tôi đã so sánh các con số, đánh dấu là đã kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Add it, check &amp;later</source>
        <translation>Thêm vào, kiểm tra s&amp;au</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CarerWindow</name>
    <message>
        <source>Your drafts stay here. Only what you send goes to the young person, and they decide what to keep.</source>
        <translation>Bản nháp của bạn ở lại đây. Chỉ những gì bạn gửi mới đến tay bạn trẻ, và họ quyết định giữ lại những gì.</translation>
    </message>
    <message>
        <source>&amp;Send suggestions…</source>
        <translation>&amp;Gửi gợi ý…</translation>
    </message>
    <message>
        <source>Send suggestions</source>
        <translation>Gửi gợi ý</translation>
    </message>
    <message>
        <source>Choose drafts and save them as a file for the young person (Ctrl+Shift+S)</source>
        <translation>Chọn các bản nháp và lưu thành tệp cho bạn trẻ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add the young person&apos;s c&amp;ard…</source>
        <translation>Thêm thẻ của bạn t&amp;rẻ…</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card</source>
        <translation>Thêm thẻ của bạn trẻ</translation>
    </message>
    <message>
        <source>&amp;My card…</source>
        <translation>Thẻ của &amp;tôi…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Thẻ của tôi</translation>
    </message>
    <message>
        <source>Your card, for the young person to add, so they know suggestions really come from you</source>
        <translation>Thẻ của bạn, để bạn trẻ thêm vào, nhờ đó họ biết các gợi ý thật sự đến từ bạn</translation>
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
        <translation>Đã kiểm tra các con số</translation>
    </message>
    <message>
        <source>Numbers not checked yet</source>
        <translation>Chưa kiểm tra các con số</translation>
    </message>
    <message>
        <source>Shared with a passphrase (no card)</source>
        <translation>Chia sẻ bằng cụm mật khẩu (không có thẻ)</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>People to talk to now</source>
        <translation>Những người có thể nói chuyện ngay</translation>
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
        <translation>Gọi 116 123</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text SHOUT to 85258</source>
        <translation>Nhắn SHOUT đến 85258</translation>
    </message>
    <message>
        <source>Childline (up to 19)</source>
        <translation>Childline (đến 19 tuổi)</translation>
    </message>
    <message>
        <source>Call 0800 1111</source>
        <translation>Gọi 0800 1111</translation>
    </message>
    <message>
        <source>NHS, when it&apos;s urgent but not an emergency</source>
        <translation>NHS, khi cần gấp nhưng không phải cấp cứu</translation>
    </message>
    <message>
        <source>Call 111</source>
        <translation>Gọi 111</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Trong trường hợp cấp cứu</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation>Gọi 999</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>People to talk to now</source>
        <translation>Những người có thể nói chuyện ngay</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Nếu bạn cần ai đó để nói chuyện ngay bây giờ</translation>
    </message>
    <message>
        <source>These people are there for you, free, day and night:</source>
        <translation>Những người này luôn sẵn sàng giúp bạn, miễn phí, cả ngày lẫn đêm:</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete “{0}” for good?</source>
        <translation>Xóa hẳn “{0}”?</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Xóa hẳn?</translation>
    </message>
    <message>
        <source>Everything in it is erased from this computer: every entry, picture and sound, and everything shared or received. This can&apos;t be undone. Only a backup file, if one was saved, can bring it back.</source>
        <translation>Mọi thứ trong đó sẽ bị xóa khỏi máy tính này: mọi mục, ảnh và âm thanh, và mọi thứ đã chia sẻ hoặc đã nhận. Không thể hoàn tác việc này. Chỉ có tệp sao lưu, nếu đã lưu, mới mang nó trở lại được.</translation>
    </message>
    <message>
        <source>Only the person it belongs to can delete it: type its passphrase or its recovery code. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Chỉ người sở hữu mới xóa được nó: hãy gõ cụm mật khẩu hoặc mã khôi phục của nó. Không có một trong hai thứ đó thì không thể xóa nó khỏi ứng dụng.</translation>
    </message>
    <message>
        <source>Its &amp;passphrase or recovery code:</source>
        <translation>&amp;Cụm mật khẩu hoặc mã khôi phục của nó:</translation>
    </message>
    <message>
        <source>Its passphrase or recovery code</source>
        <translation>Cụm mật khẩu hoặc mã khôi phục của nó</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Delete it for good</source>
        <translation>&amp;Xóa hẳn</translation>
    </message>
    <message>
        <source>Delete it for good</source>
        <translation>Xóa hẳn</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>DraftingForStrip</name>
    <message>
        <source>Add the young person&apos;s card (Add the young person&apos;s card…) to say whose passport these drafts are for.</source>
        <translation>Hãy thêm thẻ của bạn trẻ (Thêm thẻ của bạn trẻ…) để cho biết các bản nháp này dành cho sổ tay của ai.</translation>
    </message>
    <message>
        <source>Drafts for {name}. {name} decides what goes in.</source>
        <translation>Bản nháp cho {name}. {name} quyết định những gì được thêm vào.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added and its numbers are checked. You can send {name} suggestions now.</source>
        <translation>Đã thêm thẻ của {name} và đã kiểm tra các con số. Giờ bạn có thể gửi gợi ý cho {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s card is added. Check its numbers with {name} when you can; you can send suggestions now.</source>
        <translation>Đã thêm thẻ của {name}. Hãy kiểm tra các con số với {name} khi có thể; giờ bạn đã có thể gửi gợi ý.</translation>
    </message>
</context>
<context>
    <name>DrawingDialog</name>
    <message>
        <source>Draw a picture</source>
        <translation>Vẽ một bức tranh</translation>
    </message>
    <message>
        <source>Drawing page</source>
        <translation>Trang vẽ</translation>
    </message>
    <message>
        <source>Arrow keys move the cross; Space puts the pen down or lifts it; Shift with an arrow moves further.</source>
        <translation>Phím mũi tên di chuyển dấu chữ thập; phím Space hạ bút xuống hoặc nhấc bút lên; giữ Shift với phím mũi tên để đi xa hơn.</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Mảnh</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>Bút nét mảnh</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <source>Medium pen</source>
        <translation>Bút nét vừa</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>Bút nét đậm</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Đen</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Nâu</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Cục tẩy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo the last line (Ctrl+Z)</source>
        <translation>Xóa nét vẽ cuối cùng (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear the page</source>
        <translation>&amp;Xóa cả trang</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>Xóa cả trang</translation>
    </message>
    <message>
        <source>&amp;Keep this picture</source>
        <translation>&amp;Giữ bức tranh này</translation>
    </message>
    <message>
        <source>Keep this picture</source>
        <translation>Giữ bức tranh này</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>&amp;Không giữ</translation>
    </message>
    <message>
        <source>Don&apos;t keep this picture</source>
        <translation>Không giữ bức tranh này</translation>
    </message>
    <message>
        <source>&amp;Pen:</source>
        <translation>&amp;Bút:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Màu:</translation>
    </message>
    <message>
        <source>Keyboard: Tab to the page, then arrows move the cross and Space puts the pen down or lifts it.</source>
        <translation>Bàn phím: nhấn Tab để đến trang vẽ, rồi phím mũi tên di chuyển dấu chữ thập và phím Space hạ bút xuống hoặc nhấc bút lên.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>Picture: {what}</source>
        <translation>Hình: {what}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Important now</source>
        <translation>Quan trọng lúc này</translation>
    </message>
    <message>
        <source>Has a picture</source>
        <translation>Có ảnh</translation>
    </message>
    <message>
        <source>Has a sound</source>
        <translation>Có âm thanh</translation>
    </message>
    <message>
        <source>Has a file</source>
        <translation>Có tệp</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>Mở “{title}”</translation>
    </message>
</context>
<context>
    <name>EntryColours</name>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Không có màu</translation>
    </message>
    <message>
        <source>A colour of your own</source>
        <translation>Một màu của riêng bạn</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Important now</source>
        <translation>Quan trọng lúc này</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>và {0} điều nữa</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back (Esc). Your words are saved.</source>
        <translation>Quay lại (Esc). Lời bạn viết đã được lưu.</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Các phiên bản trước…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Xóa hẳn…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Xóa hẳn</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>mục này</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>A few words to find it by</source>
        <translation>Vài chữ để tìm lại nó</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Lời bạn viết</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Viết nhiều hay ít tùy bạn.</translation>
    </message>
    <message>
        <source>Your &amp;words</source>
        <translation>Lời bạn &amp;viết</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>&amp;Important now: show it first on Home</source>
        <translation>&amp;Quan trọng lúc này: hiện nó đầu tiên ở Trang chủ</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Quan trọng lúc này</translation>
    </message>
    <message>
        <source>Ask if it&apos;s still true &amp;on</source>
        <translation>Hỏi điều này có còn đúng không vào &amp;ngày</translation>
    </message>
    <message>
        <source>Ask me if it&apos;s still true &amp;on</source>
        <translation>Hỏi tôi điều này có còn đúng không vào &amp;ngày</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>&amp;Phần</translation>
    </message>
    <message>
        <source>W&amp;ritten with</source>
        <translation>Viết &amp;cùng với</translation>
    </message>
    <message>
        <source>Date to ask if it&apos;s still true</source>
        <translation>Ngày hỏi điều này có còn đúng không</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Ngày việc này xảy ra</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>Việc này xảy ra &amp;khi nào</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Màu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved: this is very long. Try splitting it into two entries.</source>
        <translation>Chưa lưu: mục này rất dài. Hãy thử chia thành hai mục.</translation>
    </message>
    <message>
        <source>Not saved yet: there&apos;s no space left on this computer. Your words are still here and will be saved as soon as there is space.</source>
        <translation>Chưa lưu được: máy tính này đã hết chỗ trống. Lời bạn viết vẫn còn ở đây và sẽ được lưu ngay khi có chỗ.</translation>
    </message>
    <message>
        <source>Not saved yet: add a title</source>
        <translation>Chưa lưu: hãy thêm tiêu đề</translation>
    </message>
    <message>
        <source>Saved. The first words are its title until you add one.</source>
        <translation>Đã lưu. Những chữ đầu tiên là tiêu đề cho đến khi bạn thêm tiêu đề.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>The earlier version is back. Your later words are kept in its history.</source>
        <translation>Phiên bản trước đã trở lại. Những lời bạn viết sau đó được giữ trong lịch sử của nó.</translation>
    </message>
    <message>
        <source>Erase “{title}” for good?</source>
        <translation>Xóa hẳn “{title}”?</translation>
    </message>
    <message>
        <source>This removes the entry, all its earlier versions and its pictures, sounds and files. It can&apos;t be undone.</source>
        <translation>Việc này xóa mục, mọi phiên bản trước của nó cùng ảnh, âm thanh và tệp của nó. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>EntryOriginWords</name>
    <message>
        <source>Suggested by {name}</source>
        <translation>Do {name} gợi ý</translation>
    </message>
    <message>
        <source>{name} suggested this; you changed it before adding it on {day}.</source>
        <translation>{name} đã gợi ý điều này; bạn đã sửa lại trước khi thêm vào ngày {day}.</translation>
    </message>
    <message>
        <source>{name} suggested this; you added it on {day}.</source>
        <translation>{name} đã gợi ý điều này; bạn đã thêm vào ngày {day}.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Card numbers: {0}</source>
        <translation>Các con số trên thẻ: {0}</translation>
    </message>
</context>
<context>
    <name>HeldPieceModel</name>
    <message>
        <source>{0}: piece {1} of 3, made on {2}</source>
        <translation>{0}: mảnh {1} trên 3, làm ngày {2}</translation>
    </message>
</context>
<context>
    <name>HeldPiecesTab</name>
    <message>
        <source>Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it here. Maybe one day they need it. Then show them its words. Show nobody else.</source>
        <translation>Một người tin tưởng bạn có thể đưa cho bạn một mảnh. Nó giúp họ vào lại sổ tay của mình. Hãy giữ nó ở đây. Có thể một ngày nào đó họ cần nó. Khi đó, hãy cho họ xem các chữ của nó. Đừng cho ai khác xem.</translation>
    </message>
    <message>
        <source>Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever need it, show them its words, and no one else.</source>
        <translation>Một người tin tưởng bạn có thể đưa cho bạn một mảnh của cách để họ vào lại sổ tay. Hãy giữ nó ở đây. Nếu có lúc họ cần, hãy cho họ xem các chữ của nó, và không cho ai khác.</translation>
    </message>
    <message>
        <source>&amp;Pieces you keep</source>
        <translation>&amp;Mảnh bạn đang giữ</translation>
    </message>
    <message>
        <source>Pieces you keep</source>
        <translation>Mảnh bạn đang giữ</translation>
    </message>
    <message>
        <source>You keep no pieces for anyone.</source>
        <translation>Bạn không giữ mảnh nào cho ai cả.</translation>
    </message>
    <message>
        <source>&amp;Keep a piece from a file…</source>
        <translation>&amp;Giữ một mảnh từ tệp…</translation>
    </message>
    <message>
        <source>Keep a piece from a file</source>
        <translation>Giữ một mảnh từ tệp</translation>
    </message>
    <message>
        <source>&amp;Show its words…</source>
        <translation>&amp;Xem các chữ của nó…</translation>
    </message>
    <message>
        <source>Show the words of the chosen piece</source>
        <translation>Xem các chữ của mảnh đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete that file…</source>
        <translation>Xóa &amp;tệp đó…</translation>
    </message>
    <message>
        <source>Delete the file the piece was kept from</source>
        <translation>Xóa tệp mà mảnh đã được lấy ra</translation>
    </message>
    <message>
        <source>Keep a piece</source>
        <translation>Giữ một mảnh</translation>
    </message>
    <message>
        <source>Pieces (*{0})</source>
        <translation>Mảnh (*{0})</translation>
    </message>
    <message>
        <source>You keep {0}&apos;s piece now. It is piece {1} of 3. Show it only when {0} asks. You don&apos;t need the file any more. Delete it, so nobody else finds it.</source>
        <translation>Giờ bạn giữ mảnh của {0}. Đó là mảnh {1} trên 3. Chỉ cho xem khi {0} yêu cầu. Bạn không cần tệp đó nữa. Hãy xóa nó, để không ai khác tìm thấy.</translation>
    </message>
    <message>
        <source>Kept {0}&apos;s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any more: delete it, so that no one else finds it.</source>
        <translation>Đã giữ mảnh của {0}, mảnh {1} trên 3. Chỉ cho xem khi {0} yêu cầu. Không cần tệp gốc của mảnh nữa: hãy xóa nó, để không ai khác tìm thấy.</translation>
    </message>
    <message>
        <source>Delete the piece file?</source>
        <translation>Xóa tệp mảnh?</translation>
    </message>
    <message>
        <source>The piece is kept here, so the file {0} is not needed. Delete it from where it is?</source>
        <translation>Mảnh đã được giữ ở đây, nên không cần tệp {0} nữa. Xóa tệp đó khỏi chỗ nó đang nằm?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Xóa nó</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Giữ tệp</translation>
    </message>
    <message>
        <source>The file is deleted. The piece is kept here.</source>
        <translation>Tệp đã được xóa. Mảnh vẫn được giữ ở đây.</translation>
    </message>
</context>
<context>
    <name>HeldShareDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>So sánh các con số</translation>
    </message>
    <message>
        <source>This file says it is from {0}, but it was signed by a card you have not seen before. Anyone can put a name on a card, so it was not opened.</source>
        <translation>Tệp này nói rằng nó đến từ {0}, nhưng nó được ký bằng một thẻ bạn chưa từng thấy. Ai cũng có thể ghi một cái tên lên thẻ, nên tệp này chưa được mở.</translation>
    </message>
    <message>
        <source>Ask {0} to read out the numbers on their card, in person or on the phone, and compare them with these.</source>
        <translation>Hãy nhờ {0} đọc các con số trên thẻ của họ, gặp trực tiếp hoặc qua điện thoại, và so sánh với các số này.</translation>
    </message>
    <message>
        <source>The numbers of the card that signed this file:</source>
        <translation>Các con số của thẻ đã ký tệp này:</translation>
    </message>
    <message>
        <source>The numbers of the {0} you know, first seen on {1}:</source>
        <translation>Các con số của {0} mà bạn biết, thấy lần đầu ngày {1}:</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Xóa nó</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Xóa nó</translation>
    </message>
    <message>
        <source>It&apos;s someone &amp;else: keep it</source>
        <translation>Đó là một người &amp;khác: giữ lại</translation>
    </message>
    <message>
        <source>It&apos;s someone else: keep it</source>
        <translation>Đó là một người khác: giữ lại</translation>
    </message>
    <message>
        <source>Their numbers match this card: list it as from a different person</source>
        <translation>Các con số của họ khớp với thẻ này: ghi nó là từ một người khác</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>HeldShareModel</name>
    <message>
        <source>Says it is from {name}, received {day}: a different card, held</source>
        <translation>Nói là từ {name}, nhận ngày {day}: một thẻ khác, đang giữ lại</translation>
    </message>
</context>
<context>
    <name>HeldSharesView</name>
    <message>
        <source>&amp;Held: not opened</source>
        <translation>Đang &amp;giữ lại: chưa mở</translation>
    </message>
    <message>
        <source>These say they are from someone you already know, but were signed by a different card. Anyone can put a name on a card. Compare the numbers with the person before you trust them.</source>
        <translation>Những tệp này nói là từ một người bạn đã biết, nhưng được ký bằng một thẻ khác. Ai cũng có thể ghi một cái tên lên thẻ. Hãy so sánh các con số với người đó trước khi tin.</translation>
    </message>
    <message>
        <source>Held files</source>
        <translation>Tệp đang giữ lại</translation>
    </message>
    <message>
        <source>Compare the &amp;numbers…</source>
        <translation>So sánh các con &amp;số…</translation>
    </message>
    <message>
        <source>Compare the numbers</source>
        <translation>So sánh các con số</translation>
    </message>
    <message>
        <source>See the numbers of both cards, then keep or delete the file</source>
        <translation>Xem các con số của cả hai thẻ, rồi giữ lại hoặc xóa tệp</translation>
    </message>
    <message>
        <source>Deleted. Nothing that card sent is kept.</source>
        <translation>Đã xóa. Không giữ lại gì do thẻ đó gửi.</translation>
    </message>
    <message>
        <source>Kept as from a different person who is also called {0}.</source>
        <translation>Đã giữ lại như từ một người khác cũng tên là {0}.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>What this profile is for and how it works (F1)</source>
        <translation>Hồ sơ này để làm gì và hoạt động thế nào (F1)</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>People to talk to now (F1)</source>
        <translation>Những người có thể nói chuyện ngay (F1)</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>This is your own private place to keep what matters about you, so you don&apos;t have to tell your story again. It stays on this computer, locked. Nothing is shared unless you choose to share it.</source>
        <translation>Đây là nơi riêng của bạn để giữ những điều quan trọng về bạn, để bạn không phải kể lại câu chuyện của mình lần nữa. Nó ở trên máy tính này, được khóa. Không gì được chia sẻ trừ khi bạn chọn chia sẻ.</translation>
    </message>
    <message>
        <source>If you need someone to talk to now</source>
        <translation>Nếu bạn cần ai đó để nói chuyện ngay bây giờ</translation>
    </message>
    <message>
        <source>This app is not a crisis service and nobody sees what you write here. These people are there for you, free, day and night:</source>
        <translation>Ứng dụng này không phải là dịch vụ khẩn cấp và không ai thấy những gì bạn viết ở đây. Những người này luôn sẵn sàng giúp bạn, miễn phí, cả ngày lẫn đêm:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in it. Keep it on a USB stick or somewhere away from this laptop. Your recovery code opens it, so keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Cài đặt, rồi Sao lưu, sẽ lưu một tệp chứa mọi thứ. Hãy giữ nó trong USB hoặc ở đâu đó xa máy tính này. Mã khôi phục của bạn mở được nó, nên cũng hãy giữ mã an toàn. Trên máy tính mới, chọn Khôi phục từ bản sao lưu ở màn hình đầu tiên.</translation>
    </message>
    <message>
        <source>Lost your code, or someone saw it? Settings, then Recovery code, makes a new one: type your passphrase first. Then type the new code&apos;s last group, to show you wrote it down; only then does it replace your old code (lock before that, and your old code still works). A restore gives you a new code too. Your old code still opens your old backups, and the passport on an old laptop, but not this one; so save a new backup.</source>
        <translation>Mất mã, hoặc có người đã nhìn thấy nó? Cài đặt, rồi Mã khôi phục, sẽ tạo một mã mới: trước tiên hãy gõ cụm mật khẩu của bạn. Sau đó gõ nhóm cuối cùng của mã mới, để cho thấy bạn đã ghi mã lại; chỉ khi đó mã mới mới thay cho mã cũ (nếu bạn khóa trước lúc đó, mã cũ vẫn dùng được). Khi khôi phục, bạn cũng nhận được một mã mới. Mã cũ vẫn mở được các bản sao lưu cũ của bạn, và sổ tay trên máy tính cũ, nhưng không mở được sổ tay này; vì vậy hãy lưu một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Nếu bạn quên cụm mật khẩu</translation>
    </message>
    <message>
        <source>Press Share…, the button below the pages on the left, tick the entries, and choose who it is for. You see exactly what they will see before anything is saved. The file opens only in their app (or with a passphrase you tell them by voice), and only until the date you chose. You can withdraw it later on the People page.</source>
        <translation>Nhấn Chia sẻ…, nút bên dưới các trang ở bên trái, đánh dấu các mục, và chọn người nhận. Bạn thấy chính xác những gì họ sẽ thấy trước khi lưu bất cứ thứ gì. Tệp chỉ mở được trong ứng dụng của họ (hoặc bằng cụm mật khẩu bạn nói miệng cho họ), và chỉ đến ngày bạn đã chọn. Sau này bạn có thể rút lại ở trang Mọi người.</translation>
    </message>
    <message>
        <source>This is your own private place. You keep what matters about you here. Then you don&apos;t have to tell your story again. It stays on this computer. It is locked. Nothing is shared unless you choose to share it.</source>
        <translation>Đây là nơi riêng của bạn. Bạn giữ ở đây những điều quan trọng về bạn. Nhờ vậy bạn không phải kể lại câu chuyện của mình. Nó ở trên máy tính này. Nó được khóa. Không gì được chia sẻ trừ khi bạn chọn chia sẻ.</translation>
    </message>
    <message>
        <source>This app is not a crisis service. Nobody sees what you write here. These people are there for you. They are free. They are there day and night:</source>
        <translation>Ứng dụng này không phải là dịch vụ khẩn cấp. Không ai thấy những gì bạn viết ở đây. Những người này luôn sẵn sàng giúp bạn. Họ miễn phí. Họ có mặt cả ngày lẫn đêm:</translation>
    </message>
    <message>
        <source>Sharing again, and replies</source>
        <translation>Chia sẻ lại, và phản hồi</translation>
    </message>
    <message>
        <source>Share with the same person again and the new file replaces the old one: their app keeps only the newest, and shows them what changed. If they reply, open their file on the People page (Open a receipt or reply…). Their message, and what they&apos;ll do about each entry, show beside that share under What I shared.</source>
        <translation>Nếu bạn chia sẻ lại với cùng một người, tệp mới sẽ thay thế tệp cũ: ứng dụng của họ chỉ giữ tệp mới nhất, và cho họ thấy những gì đã thay đổi. Nếu họ phản hồi, hãy mở tệp của họ ở trang Mọi người (Mở biên nhận hoặc phản hồi…). Lời nhắn của họ, và việc họ sẽ làm về từng mục, hiện bên cạnh lần chia sẻ đó trong phần Những gì tôi đã chia sẻ.</translation>
    </message>
    <message>
        <source>What people should know first</source>
        <translation>Điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>At the top of Home you can write what to call you, what not to ask you about, and how to talk with you. When you share them, they are the first thing the person reads.</source>
        <translation>Ở trên cùng của Trang chủ, bạn có thể viết mọi người nên gọi bạn là gì, điều gì đừng hỏi bạn, và nên nói chuyện với bạn thế nào. Khi bạn chia sẻ, đó là điều đầu tiên người kia đọc.</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Khi mọi chuyện trở nên khó khăn</translation>
    </message>
    <message>
        <source>The When things get hard button (Ctrl+Shift+P) keeps your own plan, step by step, in your words, with the people you can talk to now. You can share it like any entry.</source>
        <translation>Nút Khi mọi chuyện trở nên khó khăn (Ctrl+Shift+P) giữ kế hoạch của riêng bạn, từng bước một, bằng lời của bạn, cùng những người bạn có thể nói chuyện ngay. Bạn có thể chia sẻ nó như mọi mục khác.</translation>
    </message>
    <message>
        <source>Pictures, drawings and sounds</source>
        <translation>Ảnh, hình vẽ và âm thanh</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file, draw a picture, or record your voice or music. They are kept locked inside your passport, never as separate files.</source>
        <translation>Trong một mục, bạn có thể thêm ảnh hoặc âm thanh từ một tệp, vẽ một bức tranh, hoặc ghi âm giọng nói hay bản nhạc của bạn. Chúng được khóa bên trong sổ tay của bạn, không bao giờ nằm thành các tệp riêng.</translation>
    </message>
    <message>
        <source>Your one-page profile</source>
        <translation>Hồ sơ một trang của bạn</translation>
    </message>
    <message>
        <source>My one-page profile…, below the pages, makes one page about you from the entries you pick, to print or save as a PDF. Only what you pick goes on it.</source>
        <translation>Hồ sơ một trang của tôi…, bên dưới các trang, tạo một trang về bạn từ những mục bạn chọn, để in ra hoặc lưu thành PDF. Chỉ những gì bạn chọn mới có trên trang đó.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>Một mã khôi phục mới</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up; then choose a new passphrase.</source>
        <translation>Ở màn hình mở khóa, chọn Dùng mã khôi phục của tôi thay thế, và gõ mã bạn đã ghi lại khi thiết lập; rồi chọn một cụm mật khẩu mới.</translation>
    </message>
    <message>
        <source>If you lose the recovery code too</source>
        <translation>Nếu bạn cũng mất mã khôi phục</translation>
    </message>
    <message>
        <source>Trusted people can help, if you set them up first: in Settings, then Trusted people, choose three people and give each their piece. Then, on the unlock screen, choose Get back in with trusted people and type the words that two of them read out to you. Without your passphrase, your recovery code or two trusted people&apos;s pieces, nobody can open it.</source>
        <translation>Những người tin cậy có thể giúp, nếu bạn đã thiết lập họ từ trước: trong Cài đặt, rồi Người tin cậy, chọn ba người và đưa cho mỗi người mảnh của họ. Sau đó, ở màn hình mở khóa, chọn Vào lại nhờ những người tin cậy và gõ các chữ mà hai người trong số họ đọc cho bạn. Không có cụm mật khẩu, mã khôi phục hoặc mảnh của hai người tin cậy, thì không ai mở được nó.</translation>
    </message>
    <message>
        <source>Keeping a piece for someone</source>
        <translation>Giữ một mảnh cho người khác</translation>
    </message>
    <message>
        <source>If a friend makes you one of their trusted people, keep their piece in Settings, then Pieces I keep. Show its words only to them, when they ask.</source>
        <translation>Nếu một người bạn chọn bạn làm một trong những người tin cậy của họ, hãy giữ mảnh của họ trong Cài đặt, rồi Mảnh tôi giữ. Chỉ cho chính họ xem các chữ của mảnh, khi họ yêu cầu.</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Hide now: locks at once and shows a blank page</source>
        <translation>Ẩn ngay: khóa lập tức và hiện một trang trống</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>Viết điều gì đó mới</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Share something</source>
        <translation>Chia sẻ điều gì đó</translation>
    </message>
    <message>
        <source>When things get hard: your plan, and people to talk to now</source>
        <translation>Khi mọi chuyện trở nên khó khăn: kế hoạch của bạn, và những người có thể nói chuyện ngay</translation>
    </message>
    <message>
        <source>Read this page or this entry aloud; Esc stops it</source>
        <translation>Đọc to trang này hoặc mục này; Esc để dừng</translation>
    </message>
    <message>
        <source>Move between things</source>
        <translation>Di chuyển giữa các mục</translation>
    </message>
    <message>
        <source>Go ahead, go back</source>
        <translation>Đi tiếp, quay lại</translation>
    </message>
    <message>
        <source>Reading aloud and easy read</source>
        <translation>Đọc to và dễ đọc</translation>
    </message>
    <message>
        <source>Read aloud is on Home and on each entry. It uses your computer&apos;s own voice. Nothing is recorded or saved. Easy read is in Settings, then Name and look. It gives short sentences, bigger text and pictures.</source>
        <translation>Đọc to có ở Trang chủ và ở từng mục. Nó dùng giọng đọc có sẵn của máy tính. Không có gì được ghi lại hay lưu lại. Dễ đọc có trong Cài đặt, rồi Tên và giao diện. Nó cho câu ngắn, chữ to hơn và có hình.</translation>
    </message>
    <message>
        <source>Read aloud, on Home and on each entry, uses your computer&apos;s own voice; nothing is recorded or saved. Settings, then Name and look, has Easy read: short sentences, bigger text and pictures.</source>
        <translation>Đọc to, ở Trang chủ và ở từng mục, dùng giọng đọc có sẵn của máy tính; không có gì được ghi lại hay lưu lại. Trong Cài đặt, rồi Tên và giao diện, có Dễ đọc: câu ngắn, chữ to hơn và có hình.</translation>
    </message>
    <message>
        <source>The pictures are from OpenMoji (openmoji.org), shared under the Creative Commons licence CC BY-SA 4.0.</source>
        <translation>Các hình là của OpenMoji (openmoji.org), được chia sẻ theo giấy phép Creative Commons CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>Press the Share… button. It is below the pages on the left. Tick the entries you want to share. Choose who it is for. Before anything is saved, you see exactly what they will see. The file opens only in their app. Or it opens with a passphrase that you say to them. It opens only until the date you chose. Later you can withdraw it on the People page. That means you take it back.</source>
        <translation>Nhấn nút Chia sẻ…. Nút này ở bên dưới các trang, phía bên trái. Đánh dấu các mục bạn muốn chia sẻ. Chọn người nhận. Trước khi lưu bất cứ thứ gì, bạn thấy chính xác những gì họ sẽ thấy. Tệp chỉ mở được trong ứng dụng của họ. Hoặc nó mở bằng một cụm mật khẩu mà bạn nói cho họ. Nó chỉ mở được đến ngày bạn đã chọn. Sau này bạn có thể rút lại ở trang Mọi người. Nghĩa là bạn lấy nó lại.</translation>
    </message>
    <message>
        <source>You can share with the same person again. Then the new file takes the place of the old one. Their app keeps only the newest. It shows them what changed. They may reply with a file. Open it on the People page, with Open a receipt or reply…. Then you see their message. You see what they will do about each entry. It is beside that share, under What I shared.</source>
        <translation>Bạn có thể chia sẻ lại với cùng một người. Khi đó tệp mới sẽ thay thế tệp cũ. Ứng dụng của họ chỉ giữ tệp mới nhất. Nó cho họ thấy những gì đã thay đổi. Họ có thể phản hồi bằng một tệp. Hãy mở tệp đó ở trang Mọi người, bằng Mở biên nhận hoặc phản hồi…. Rồi bạn sẽ thấy lời nhắn của họ. Bạn thấy họ sẽ làm gì về từng mục. Nó ở bên cạnh lần chia sẻ đó, trong phần Những gì tôi đã chia sẻ.</translation>
    </message>
    <message>
        <source>At the top of Home you can write three things. What to call you. What not to ask you about. How to talk with you. If you share them, the person reads them first.</source>
        <translation>Ở trên cùng của Trang chủ, bạn có thể viết ba điều. Mọi người nên gọi bạn là gì. Điều gì đừng hỏi bạn. Nên nói chuyện với bạn thế nào. Nếu bạn chia sẻ những điều này, người kia sẽ đọc chúng đầu tiên.</translation>
    </message>
    <message>
        <source>Press the When things get hard button, or Ctrl+Shift+P. It keeps your own plan. The plan goes step by step, in your words. It has the people you can talk to now. You can share it like any entry.</source>
        <translation>Nhấn nút Khi mọi chuyện trở nên khó khăn, hoặc Ctrl+Shift+P. Nó giữ kế hoạch của riêng bạn. Kế hoạch đi từng bước một, bằng lời của bạn. Nó có những người bạn có thể nói chuyện ngay. Bạn có thể chia sẻ nó như mọi mục khác.</translation>
    </message>
    <message>
        <source>In an entry you can add a picture or a sound from a file. You can draw a picture. You can record your voice or music. They stay locked inside your passport. They are never saved as separate files.</source>
        <translation>Trong một mục, bạn có thể thêm ảnh hoặc âm thanh từ một tệp. Bạn có thể vẽ một bức tranh. Bạn có thể ghi âm giọng nói hoặc bản nhạc của bạn. Chúng được khóa bên trong sổ tay của bạn. Chúng không bao giờ được lưu thành các tệp riêng.</translation>
    </message>
    <message>
        <source>My one-page profile… is below the pages. It makes one page about you. You pick the entries for it. You can print the page or save it as a PDF. Only what you pick goes on it.</source>
        <translation>Hồ sơ một trang của tôi… ở bên dưới các trang. Nó tạo một trang về bạn. Bạn chọn các mục cho trang đó. Bạn có thể in trang ra hoặc lưu thành PDF. Chỉ những gì bạn chọn mới có trên trang đó.</translation>
    </message>
    <message>
        <source>Go to Settings, then Backup. It saves one file with everything in it. Keep the file on a USB stick, or somewhere away from this laptop. Your recovery code opens it. So keep the code safe too. On a new laptop, choose Restore from a backup on the first screen.</source>
        <translation>Vào Cài đặt, rồi Sao lưu. Nó lưu một tệp chứa mọi thứ. Hãy giữ tệp trong USB, hoặc ở đâu đó xa máy tính này. Mã khôi phục của bạn mở được nó. Vì vậy cũng hãy giữ mã an toàn. Trên máy tính mới, chọn Khôi phục từ bản sao lưu ở màn hình đầu tiên.</translation>
    </message>
    <message>
        <source>Did you lose your code? Or did someone see it? Go to Settings, then Recovery code. Type your passphrase. Then make a new code. Then type the last group of the new code. That shows you wrote it down. Only then does the new code work. A restore gives you a new code too. After that, your old code still opens your old backups. It may open an old laptop too. It does not open this one. So save a new backup.</source>
        <translation>Bạn bị mất mã? Hay có người đã nhìn thấy nó? Vào Cài đặt, rồi Mã khôi phục. Gõ cụm mật khẩu của bạn. Rồi tạo một mã mới. Rồi gõ nhóm cuối cùng của mã mới. Điều đó cho thấy bạn đã ghi mã lại. Chỉ khi đó mã mới mới dùng được. Khi khôi phục, bạn cũng nhận được một mã mới. Sau đó, mã cũ vẫn mở được các bản sao lưu cũ. Nó cũng có thể mở một máy tính cũ. Nó không mở được máy này. Vì vậy hãy lưu một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>Go to the unlock screen. Choose Use my recovery code instead. Type the code you wrote down when you set up. Then choose a new passphrase.</source>
        <translation>Vào màn hình mở khóa. Chọn Dùng mã khôi phục của tôi thay thế. Gõ mã bạn đã ghi lại khi thiết lập. Rồi chọn một cụm mật khẩu mới.</translation>
    </message>
    <message>
        <source>Trusted people can help. But you must set them up first. Go to Settings, then Trusted people. Choose three people. Give each one their piece. Then, if you are locked out, go to the unlock screen. Choose Get back in with trusted people. Two of them read their words out to you. Type those words. Nobody can open it without one of these: your passphrase, your recovery code, or two trusted people&apos;s pieces.</source>
        <translation>Những người tin cậy có thể giúp. Nhưng bạn phải thiết lập họ trước. Vào Cài đặt, rồi Người tin cậy. Chọn ba người. Đưa cho mỗi người mảnh của họ. Sau đó, nếu bạn không vào được, hãy vào màn hình mở khóa. Chọn Vào lại nhờ những người tin cậy. Hai người trong số họ đọc các chữ của họ cho bạn. Gõ các chữ đó. Không ai mở được nó nếu không có một trong những thứ này: cụm mật khẩu, mã khôi phục, hoặc mảnh của hai người tin cậy.</translation>
    </message>
    <message>
        <source>A friend may make you one of their trusted people. Then keep their piece in Settings, then Pieces I keep. Show its words only to them. Show them only when they ask.</source>
        <translation>Một người bạn có thể chọn bạn làm một trong những người tin cậy của họ. Khi đó, hãy giữ mảnh của họ trong Cài đặt, rồi Mảnh tôi giữ. Chỉ cho chính họ xem các chữ của mảnh. Chỉ cho xem khi họ yêu cầu.</translation>
    </message>
</context>
<context>
    <name>HelperHelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This profile is for helping one young person. You write suggestions here for what they keep in their own app. Your drafts stay here, locked, until you send them, and the young person decides what to keep.</source>
        <translation>Hồ sơ này dùng để giúp một bạn trẻ. Ở đây bạn viết gợi ý cho những gì bạn ấy giữ trong ứng dụng của mình. Bản nháp của bạn ở lại đây, được khóa, cho đến khi bạn gửi, và bạn trẻ quyết định giữ lại những gì.</translation>
    </message>
    <message>
        <source>Sending suggestions</source>
        <translation>Gửi gợi ý</translation>
    </message>
    <message>
        <source>Write each suggestion as a draft (Ctrl+N for a new one). When you are ready, choose Send suggestions…, tick the drafts and save the file. Give the file to the young person: only their app can open it. They can add, change or leave out each suggestion.</source>
        <translation>Viết mỗi gợi ý thành một bản nháp (Ctrl+N để tạo mới). Khi sẵn sàng, chọn Gửi gợi ý…, đánh dấu các bản nháp và lưu tệp. Đưa tệp cho bạn trẻ: chỉ ứng dụng của bạn ấy mở được tệp. Bạn ấy có thể thêm, thay đổi hoặc bỏ qua từng gợi ý.</translation>
    </message>
    <message>
        <source>Cards and checking the numbers</source>
        <translation>Thẻ và kiểm tra các con số</translation>
    </message>
    <message>
        <source>Before you can send, add the young person&apos;s card (Add the young person&apos;s card…). Give them your card too (My card…) and show them how to add it on their People page, so they know the suggestions really come from you. Then compare the numbers on both cards together, in person or by phone. If they match, the cards are the right ones.</source>
        <translation>Trước khi gửi, hãy thêm thẻ của bạn trẻ (Thêm thẻ của bạn trẻ…). Cũng đưa thẻ của bạn cho bạn ấy (Thẻ của tôi…) và chỉ cách thêm nó ở trang Mọi người, để bạn ấy biết các gợi ý thật sự đến từ bạn. Rồi cùng nhau so sánh các con số trên cả hai thẻ, gặp trực tiếp hoặc qua điện thoại. Nếu khớp, đó là đúng thẻ.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Câu trả lời của bạn ấy</translation>
    </message>
    <message>
        <source>When the young person has decided, their app can save an answer for you: a small file saying, for each suggestion, whether they added it, added it with changes, or left it out. It never holds their words. Choose Open an answer… on your main screen (or in Send suggestions…) and pick the file; Send suggestions… then shows what became of each one.</source>
        <translation>Khi bạn trẻ đã quyết định, ứng dụng của bạn ấy có thể lưu một câu trả lời cho bạn: một tệp nhỏ cho biết, với từng gợi ý, bạn ấy đã thêm, đã thêm với vài thay đổi, hay đã bỏ qua. Tệp không bao giờ chứa lời của bạn ấy. Chọn Mở một câu trả lời… ở màn hình chính (hoặc trong Gửi gợi ý…) và chọn tệp; sau đó Gửi gợi ý… sẽ cho thấy mỗi gợi ý đã ra sao.</translation>
    </message>
    <message>
        <source>This profile holds what young people choose to share with you. Each shared file is read-only, shows who shared it and until when, and is deleted from here when its time is up.</source>
        <translation>Hồ sơ này giữ những gì các bạn trẻ chọn chia sẻ với bạn. Mỗi tệp được chia sẻ chỉ để đọc, cho biết ai đã chia sẻ và đến khi nào, và bị xóa khỏi đây khi hết hạn.</translation>
    </message>
    <message>
        <source>Opening a shared file</source>
        <translation>Mở một tệp được chia sẻ</translation>
    </message>
    <message>
        <source>Choose Open a shared file… (Ctrl+O) and pick the file a young person gave you. It is checked before anything is kept. Ctrl+P prints it. Save a receipt… makes a file that tells the young person you opened it. If they withdraw a share, open the withdrawal file the same way and the share is deleted here. A newer file from the same person replaces the one before, and shows what changed.</source>
        <translation>Chọn Mở một tệp được chia sẻ… (Ctrl+O) và chọn tệp mà một bạn trẻ đã đưa cho bạn. Tệp được kiểm tra trước khi giữ lại bất cứ thứ gì. Ctrl+P để in. Lưu biên nhận… tạo một tệp báo cho bạn trẻ biết bạn đã mở nó. Nếu bạn ấy rút lại một lần chia sẻ, hãy mở tệp rút lại theo cách tương tự và phần chia sẻ đó sẽ bị xóa ở đây. Một tệp mới hơn từ cùng một người sẽ thay thế tệp trước đó, và cho thấy những gì đã thay đổi.</translation>
    </message>
    <message>
        <source>Please read this first</source>
        <translation>Xin hãy đọc phần này trước</translation>
    </message>
    <message>
        <source>If the young person wrote how they like to be spoken with (what to call them, what not to ask about), it is in the band marked Please read this first, above everything they shared. Read it before the rest.</source>
        <translation>Nếu bạn trẻ đã viết cách bạn ấy muốn được nói chuyện (nên gọi bạn ấy là gì, điều gì đừng hỏi), điều đó nằm trong khung có ghi Xin hãy đọc phần này trước, phía trên mọi thứ bạn ấy đã chia sẻ. Hãy đọc phần đó trước phần còn lại.</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Reply… writes a short message back, and, if you like, What I&apos;ll do about each entry. You check exactly what will leave, then save a file for the young person; only their app opens it. Reply is there while the share is current and was made for your card.</source>
        <translation>Phản hồi… viết một lời nhắn ngắn gửi lại, và, nếu bạn muốn, việc bạn sẽ làm về từng mục. Bạn kiểm tra chính xác những gì sẽ được gửi đi, rồi lưu một tệp cho bạn trẻ; chỉ ứng dụng của bạn ấy mở được tệp này. Nút Phản hồi có ở đó khi lần chia sẻ vẫn còn hạn và được làm cho thẻ của bạn.</translation>
    </message>
    <message>
        <source>Read only, or copied into records</source>
        <translation>Chỉ để đọc, hoặc sao chép vào hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>What is shared with you is read only here. Export for records… appears only where the young person agreed that it may be copied into your service&apos;s records; it saves a FHIR document in their words. Otherwise, keep it here, read only, until its time is up.</source>
        <translation>Những gì được chia sẻ với bạn ở đây chỉ để đọc. Xuất để lưu hồ sơ… chỉ xuất hiện khi bạn trẻ đã đồng ý cho sao chép vào hồ sơ lưu trữ của cơ quan bạn; nó lưu một tài liệu FHIR bằng chính lời của bạn ấy. Nếu không, hãy giữ nó ở đây, chỉ để đọc, cho đến khi hết hạn.</translation>
    </message>
    <message>
        <source>Your card and checking the numbers</source>
        <translation>Thẻ của bạn và kiểm tra các con số</translation>
    </message>
    <message>
        <source>A young person can share with you once they have your card. Choose My card… to add your name, role and organisation, and save the card file for them. When you meet, compare the numbers on your card with the numbers their app shows. If they match, what they share reaches only you.</source>
        <translation>Một bạn trẻ có thể chia sẻ với bạn khi đã có thẻ của bạn. Chọn Thẻ của tôi… để thêm tên, vai trò và tổ chức của bạn, rồi lưu tệp thẻ cho bạn ấy. Khi gặp nhau, hãy so sánh các con số trên thẻ của bạn với các con số ứng dụng của bạn ấy hiện ra. Nếu khớp, những gì bạn ấy chia sẻ chỉ đến được với bạn.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Khóa và ẩn</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L) closes this profile until the passphrase is typed again. Hide now (Ctrl+Shift+H) locks at once and shows a blank page. It also locks by itself when left alone; Settings, then Locking, says after how long.</source>
        <translation>Khóa (Ctrl+L) đóng hồ sơ này cho đến khi gõ lại cụm mật khẩu. Ẩn ngay (Ctrl+Shift+H) khóa lập tức và hiện một trang trống. Hồ sơ cũng tự khóa khi không dùng đến; Cài đặt, rồi Khóa, cho biết sau bao lâu.</translation>
    </message>
    <message>
        <source>If you forget the passphrase</source>
        <translation>Nếu bạn quên cụm mật khẩu</translation>
    </message>
    <message>
        <source>On the unlock screen, choose Use my recovery code instead, and type the code you wrote down when you set up this profile; then choose a new passphrase. Without the passphrase or the recovery code, nobody can open it.</source>
        <translation>Ở màn hình mở khóa, chọn Dùng mã khôi phục của tôi, và gõ mã bạn đã ghi lại khi thiết lập hồ sơ này; rồi chọn một cụm mật khẩu mới. Không có cụm mật khẩu hay mã khôi phục thì không ai mở được.</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Mảnh tôi giữ</translation>
    </message>
    <message>
        <source>A young person may choose you as one of three trusted people and give you a piece file. Keep it in Settings, then Pieces I keep. If they lose their way in, show them its words, once you are sure it is them; two people&apos;s pieces let them back in. One piece alone opens nothing.</source>
        <translation>Một bạn trẻ có thể chọn bạn làm một trong ba người tin cậy và đưa cho bạn một tệp mảnh. Hãy giữ nó trong Cài đặt, rồi Mảnh tôi giữ. Nếu bạn ấy không vào lại được, hãy cho bạn ấy xem các chữ của mảnh, khi bạn đã chắc chắn đó là bạn ấy; mảnh của hai người sẽ giúp bạn ấy vào lại. Chỉ một mảnh thì không mở được gì.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Settings, then Backup, saves one file with everything in this profile. Keep it somewhere away from this computer. The recovery code opens it, so keep the code safe too. On a new computer, choose Restore from a backup on the first screen.</source>
        <translation>Cài đặt, rồi Sao lưu, sẽ lưu một tệp chứa mọi thứ trong hồ sơ này. Hãy giữ nó ở đâu đó xa máy tính này. Mã khôi phục mở được nó, nên cũng hãy giữ mã an toàn. Trên máy tính mới, chọn Khôi phục từ bản sao lưu ở màn hình đầu tiên.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>F1: this help. Ctrl+, : Settings. Tab and Shift+Tab move between things; Enter goes ahead, Escape closes a dialog.</source>
        <translation>F1: trợ giúp này. Ctrl+, : Cài đặt. Tab và Shift+Tab di chuyển giữa các mục; Enter để đi tiếp, Escape đóng hộp thoại.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>What&apos;s important now</source>
        <translation>Điều quan trọng lúc này</translation>
    </message>
    <message>
        <source>Nothing here yet. Pin what matters most. It shows here first.</source>
        <translation>Chưa có gì ở đây. Hãy ghim những điều quan trọng nhất. Chúng sẽ hiện ở đây đầu tiên.</translation>
    </message>
    <message>
        <source>Nothing here yet. Tick “Important now” on an entry to keep it at the top.</source>
        <translation>Chưa có gì ở đây. Đánh dấu “Quan trọng lúc này” ở một mục để giữ nó ở trên cùng.</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>trang này</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Is this still true?</source>
        <translation>Điều này còn đúng không?</translation>
    </message>
    <message>
        <source>Kept as it is. We&apos;ll ask again on {date}.</source>
        <translation>Giữ nguyên như vậy. Chúng tôi sẽ hỏi lại vào {date}.</translation>
    </message>
    <message>
        <source>Unpinned. It is still kept in {section}.</source>
        <translation>Đã bỏ ghim. Nó vẫn được giữ trong {section}.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>Who is it for?</source>
        <translation>Dành cho ai?</translation>
    </message>
    <message>
        <source>&amp;Me: it&apos;s my own passport</source>
        <translation>&amp;Tôi: đây là sổ tay của riêng tôi</translation>
    </message>
    <message>
        <source>Keep what matters about you, and share it when you choose.</source>
        <translation>Giữ những điều quan trọng về bạn, và chia sẻ khi bạn muốn.</translation>
    </message>
    <message>
        <source>I support a young person (&amp;carer)</source>
        <translation>Tôi hỗ trợ một bạn trẻ (người &amp;chăm sóc)</translation>
    </message>
    <message>
        <source>Write suggestions that the young person can take, change or leave.</source>
        <translation>Viết gợi ý mà bạn trẻ có thể nhận, sửa hoặc bỏ qua.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation>Tôi là một chuyên &amp;viên</translation>
    </message>
    <message>
        <source>Give young people your card, and read what they share with you.</source>
        <translation>Đưa thẻ của bạn cho các bạn trẻ, và đọc những gì họ chia sẻ với bạn.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiế&amp;p</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>Young person</source>
        <translation>Bạn trẻ</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>{name}, a young person</source>
        <translation>{name}, một bạn trẻ</translation>
    </message>
    <message>
        <source>{name}, a carer</source>
        <translation>{name}, người chăm sóc</translation>
    </message>
    <message>
        <source>{name}, a practitioner</source>
        <translation>{name}, chuyên viên</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Languages to choose from</source>
        <translation>Các ngôn ngữ để chọn</translation>
    </message>
    <message>
        <source>Same as the start screen</source>
        <translation>Giống màn hình bắt đầu</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, not checked yet</source>
        <translation>{0}, chưa được kiểm tra</translation>
    </message>
    <message>
        <source>Made by a computer. Nobody who speaks it has checked it yet, so some words may be wrong.</source>
        <translation>Do máy tính dịch. Chưa có người nói ngôn ngữ này kiểm tra, nên một số chữ có thể sai.</translation>
    </message>
    <message>
        <source>Checked by someone who speaks it.</source>
        <translation>Đã được một người nói ngôn ngữ này kiểm tra.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã có lỗi xảy ra</translation>
    </message>
</context>
<context>
    <name>LauncherView</name>
    <message>
        <source>Which one is yours?</source>
        <translation>Cái nào là của bạn?</translation>
    </message>
    <message>
        <source>&amp;Passports on this computer</source>
        <translation>&amp;Các sổ tay trên máy tính này</translation>
    </message>
    <message>
        <source>Passports on this computer</source>
        <translation>Các sổ tay trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open the chosen one</source>
        <translation>Mở cái đã chọn</translation>
    </message>
    <message>
        <source>Make a new passport, or bring one back from a backup you saved before, for example when you move to a new laptop.</source>
        <translation>Tạo một sổ tay mới, hoặc mang lại một sổ tay từ bản sao lưu bạn đã lưu trước đây, ví dụ khi bạn chuyển sang máy tính mới.</translation>
    </message>
    <message>
        <source>&amp;Make a new passport</source>
        <translation>&amp;Tạo một sổ tay mới</translation>
    </message>
    <message>
        <source>Make a new passport</source>
        <translation>Tạo một sổ tay mới</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>Xóa cái đã chọn</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>“{0}” is deleted.</source>
        <translation>Đã xóa “{0}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo: nothing here is real, and it is deleted when you close the app.</source>
        <translation>Bản thử: không có gì ở đây là thật, và nó sẽ bị xóa khi bạn đóng ứng dụng.</translation>
    </message>
    <message>
        <source>When thi&amp;ngs get hard</source>
        <translation>Khi mọi chuyện trở nên &amp;khó khăn</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Khi mọi chuyện trở nên khó khăn</translation>
    </message>
    <message>
        <source>Your plan, and people to talk to now (Ctrl+Shift+P)</source>
        <translation>Kế hoạch của bạn, và những người có thể nói chuyện ngay (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Mục của bạn</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Chia sẻ…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Choose entries to share with someone (Ctrl+Shift+S)</source>
        <translation>Chọn các mục để chia sẻ với ai đó (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;My one-page profile…</source>
        <translation>&amp;Hồ sơ một trang của tôi…</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Hồ sơ một trang</translation>
    </message>
    <message>
        <source>A page about you to print or save as a PDF, from entries you pick</source>
        <translation>Một trang về bạn để in hoặc lưu thành PDF, từ các mục bạn chọn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings (Alt+7)</source>
        <translation>Cài đặt (Alt+7)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Mục mới</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My card</source>
        <translation>Thẻ của tôi</translation>
    </message>
    <message>
        <source>Your card lets people share with you safely. Save it as a file and give it to them. Then read the numbers below aloud to each other: if they match, nobody swapped it on the way.</source>
        <translation>Thẻ của bạn giúp mọi người chia sẻ với bạn một cách an toàn. Hãy lưu nó thành tệp và đưa cho họ. Rồi cùng nhau đọc to các con số bên dưới: nếu khớp, không ai đã tráo nó trên đường đi.</translation>
    </message>
    <message>
        <source>Your card&apos;s numbers</source>
        <translation>Các con số trên thẻ của bạn</translation>
    </message>
    <message>
        <source>&amp;Save my card as a file…</source>
        <translation>&amp;Lưu thẻ của tôi thành tệp…</translation>
    </message>
    <message>
        <source>Save my card as a file</source>
        <translation>Lưu thẻ của tôi thành tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>About your card</source>
        <translation>Về thẻ của bạn</translation>
    </message>
    <message>
        <source>Your name on the card</source>
        <translation>Tên của bạn trên thẻ</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Vai trò của bạn</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>Ví dụ: Nhân viên công tác xã hội</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Tổ chức của bạn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <source>The numbers appear once your card has a name.</source>
        <translation>Các con số sẽ hiện ra khi thẻ của bạn có tên.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Lưu thẻ của tôi</translation>
    </message>
    <message>
        <source>Cards (*.wpcard)</source>
        <translation>Thẻ (*.wpcard)</translation>
    </message>
    <message>
        <source>Your card is saved as {0}. Give it to the person, then read the numbers aloud together.</source>
        <translation>Thẻ của bạn đã được lưu thành {0}. Hãy đưa nó cho người đó, rồi cùng nhau đọc to các con số.</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Chưa có ghi chú nào.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Go back to the unlock screen</source>
        <translation>Quay lại màn hình mở khóa</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Chọn một cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Your recovery code opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Mã khôi phục của bạn đã mở được nó. Giờ hãy chọn một cụm mật khẩu mới, và từ nay dùng nó để mở. Vài chữ mà bạn sẽ nhớ nhưng người khác khó đoán là tốt nhất.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces opened it. Now choose a new passphrase, and use that to open it from now on. A few words you will remember but others won&apos;t guess work well.</source>
        <translation>Các mảnh của những người bạn tin cậy đã mở được nó. Giờ hãy chọn một cụm mật khẩu mới, và từ nay dùng nó để mở. Vài chữ mà bạn sẽ nhớ nhưng người khác khó đoán là tốt nhất.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Đang khóa an toàn… việc này mất một chút thời gian.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so do your trusted people&apos;s pieces. Next time they open it, you&apos;ll be asked again.</source>
        <translation>Để sau không thay đổi gì: cụm mật khẩu cũ vẫn mở được, nếu bạn nhớ lại, và các mảnh của những người tin cậy cũng vậy. Lần tới khi các mảnh mở sổ tay, bạn sẽ được hỏi lại.</translation>
    </message>
    <message>
        <source>Not now changes nothing: your old passphrase still opens it, if it comes back to you, and so does your recovery code. Next time the code opens it, you&apos;ll be asked again.</source>
        <translation>Để sau không thay đổi gì: cụm mật khẩu cũ vẫn mở được, nếu bạn nhớ lại, và mã khôi phục của bạn cũng vậy. Lần tới khi mã mở sổ tay, bạn sẽ được hỏi lại.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Lưu cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Lưu cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Mã khôi phục mới của bạn</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. The recovery code you used no longer opens it: this new one does, if you ever forget your passphrase again. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Cụm mật khẩu mới của bạn đã được lưu. Mã khôi phục bạn vừa dùng không còn mở được nữa: mã mới này sẽ mở được, nếu bạn lại quên cụm mật khẩu. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Your old recovery code no longer opens it: this new one does. Write it down or print it, and keep it somewhere safe, away from this computer. Your trusted people&apos;s pieces still work; make new ones in Settings if others may have heard them.</source>
        <translation>Cụm mật khẩu mới của bạn đã được lưu. Mã khôi phục cũ không còn mở được nữa: mã mới này sẽ mở được. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này. Các mảnh của những người tin cậy vẫn dùng được; hãy tạo mảnh mới trong Cài đặt nếu người khác có thể đã nghe thấy chúng.</translation>
    </message>
    <message>
        <source>Backups you saved before still need the old code: save a new backup soon (Home will remind you).</source>
        <translation>Các bản sao lưu bạn lưu trước đây vẫn cần mã cũ: hãy sớm lưu một bản sao lưu mới (Trang chủ sẽ nhắc bạn).</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>Đây là lần duy nhất mã được hiện ra.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;carry on</source>
        <translation>Tôi đã cất giữ, &amp;tiếp tục</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, carry on</source>
        <translation>Tôi đã cất giữ, tiếp tục</translation>
    </message>
    <message>
        <source>Choose a passphrase later?</source>
        <translation>Chọn cụm mật khẩu sau?</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Choose one now</source>
        <translation>Chọn ngay bây giờ</translation>
    </message>
    <message>
        <source>Close without keeping the new code?</source>
        <translation>Đóng mà không giữ mã mới?</translation>
    </message>
    <message>
        <source>Your new passphrase is saved, but the new recovery code won&apos;t be shown again, and the old one no longer works. You can make another code in Settings.</source>
        <translation>Cụm mật khẩu mới của bạn đã được lưu, nhưng mã khôi phục mới sẽ không được hiện lại, và mã cũ không còn dùng được. Bạn có thể tạo một mã khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Để mở tiếp</translation>
    </message>
</context>
<context>
    <name>OnePageDialog</name>
    <message>
        <source>One-page profile</source>
        <translation>Hồ sơ một trang</translation>
    </message>
    <message>
        <source>&amp;Entries to put on it</source>
        <translation>&amp;Các mục đưa vào trang</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>Trang như khi được in ra</translation>
    </message>
    <message>
        <source>A page about you for a new school or placement. Tick what goes on it: nothing is on it until you do.</source>
        <translation>Một trang về bạn cho trường mới hoặc nơi ở mới. Đánh dấu những gì đưa vào trang: trang sẽ trống cho đến khi bạn đánh dấu.</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>Những gì có trên trang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Entries to put on it</source>
        <translation>Các mục đưa vào trang</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>{section}
(goes under “{heading}”)</source>
        <translation>{section}
(nằm dưới “{heading}”)</translation>
    </message>
    <message>
        <source>It fits on one page.</source>
        <translation>Vừa đủ một trang.</translation>
    </message>
    <message>
        <source>It fits on one page, a little smaller.</source>
        <translation>Vừa đủ một trang, chữ nhỏ hơn một chút.</translation>
    </message>
    <message>
        <source>That&apos;s a lot for one page: the words will print small. You could untick some.</source>
        <translation>Nhiều quá cho một trang: chữ sẽ in ra rất nhỏ. Bạn có thể bỏ đánh dấu vài mục.</translation>
    </message>
    <message>
        <source>About me.pdf</source>
        <translation>Về tôi.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OnePageDocument</name>
    <message>
        <source>What people like about me</source>
        <translation>Điều mọi người thích ở tôi</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>Điều quan trọng với tôi</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Cách tốt nhất để hỗ trợ tôi</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Tất cả về tôi</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>Tất cả về {name}</translation>
    </message>
</context>
<context>
    <name>OpenAnswerButton</name>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>&amp;Mở một câu trả lời…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Mở câu trả lời của bạn ấy cho các gợi ý của bạn</translation>
    </message>
    <message>
        <source>A file from the young person saying what became of each suggestion</source>
        <translation>Một tệp từ bạn trẻ cho biết mỗi gợi ý đã ra sao</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Mở một câu trả lời</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Câu trả lời (*{0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Đang mở và kiểm tra câu trả lời…</translation>
    </message>
    <message>
        <source>{name} answered. Send suggestions… shows what became of each one.</source>
        <translation>{name} đã trả lời. Gửi gợi ý… cho thấy mỗi gợi ý đã ra sao.</translation>
    </message>
</context>
<context>
    <name>OpenReceiptButton</name>
    <message>
        <source>Open a &amp;receipt or reply…</source>
        <translation>Mở biên nhận hoặc &amp;phản hồi…</translation>
    </message>
    <message>
        <source>Open a receipt or reply</source>
        <translation>Mở biên nhận hoặc phản hồi</translation>
    </message>
    <message>
        <source>A file from someone you shared with: saying they opened it, or their reply</source>
        <translation>Một tệp từ người bạn đã chia sẻ: cho biết họ đã mở, hoặc phản hồi của họ</translation>
    </message>
    <message>
        <source>Receipts and replies (*{0} *{1});;Any file (*)</source>
        <translation>Biên nhận và phản hồi (*{0} *{1});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>You already have this reply from {name}. It is shown with what you shared on {date}.</source>
        <translation>Bạn đã có phản hồi này từ {name}. Nó được hiện cùng với những gì bạn chia sẻ vào {date}.</translation>
    </message>
    <message>
        <source>{name} replied to what you shared on {date}. It is shown with that share.</source>
        <translation>{name} đã phản hồi những gì bạn chia sẻ vào {date}. Nó được hiện cùng với lần chia sẻ đó.</translation>
    </message>
    <message>
        <source>{name} opened what you shared on {date}.</source>
        <translation>{name} đã mở những gì bạn chia sẻ vào {date}.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Gõ lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Hiện những gì tôi gõ</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Hiện cụm mật khẩu khi tôi gõ</translation>
    </message>
    <message>
        <source>Sug&amp;gest one</source>
        <translation>&amp;Gợi ý cho tôi một cụm</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Gợi ý một cụm mật khẩu</translation>
    </message>
    <message>
        <source>Fill both fields with a few random words, shown so you can write them down</source>
        <translation>Điền cả hai ô bằng vài chữ ngẫu nhiên, hiện rõ để bạn ghi lại</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Độ mạnh của cụm mật khẩu</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Gõ &amp;lại</translation>
    </message>
    <message>
        <source>Too short: use at least {0} characters.</source>
        <translation>Quá ngắn: hãy dùng ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <source>Strength: easy to guess.</source>
        <translation>Độ mạnh: dễ đoán.</translation>
    </message>
    <message>
        <source>Strength: still too easy to guess.</source>
        <translation>Độ mạnh: vẫn còn quá dễ đoán.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Độ mạnh: mạnh.</translation>
    </message>
    <message>
        <source>Strength: very strong.</source>
        <translation>Độ mạnh: rất mạnh.</translation>
    </message>
    <message>
        <source>It is one of the passwords people try first.</source>
        <translation>Đây là một trong những mật khẩu người ta thử đầu tiên.</translation>
    </message>
    <message>
        <source>Common words and names on their own are quick to guess.</source>
        <translation>Những từ và tên thông dụng đứng riêng thì đoán ra rất nhanh.</translation>
    </message>
    <message>
        <source>Keys next to each other are quick to guess.</source>
        <translation>Các phím nằm cạnh nhau thì đoán ra rất nhanh.</translation>
    </message>
    <message>
        <source>Repeated letters or words add little.</source>
        <translation>Chữ cái hoặc từ lặp lại không giúp được nhiều.</translation>
    </message>
    <message>
        <source>Runs like abcd or 1234 are quick to guess.</source>
        <translation>Những dãy như abcd hay 1234 thì đoán ra rất nhanh.</translation>
    </message>
    <message>
        <source>Dates and years are quick to guess.</source>
        <translation>Ngày tháng và năm thì đoán ra rất nhanh.</translation>
    </message>
    <message>
        <source>Try a few words together that mean something only to you, or press Suggest one.</source>
        <translation>Hãy thử vài chữ ghép lại mà chỉ có ý nghĩa với bạn, hoặc bấm Gợi ý cho tôi một cụm.</translation>
    </message>
    <message>
        <source>At least {0} characters. A few words you will remember works well.</source>
        <translation>Ít nhất {0} ký tự. Vài chữ bạn sẽ nhớ là tốt nhất.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Cả hai giống nhau.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>Hai cái chưa giống nhau.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>This file has a passphrase</source>
        <translation>Tệp này có cụm mật khẩu</translation>
    </message>
    <message>
        <source>The person who shared it will have told you the numbers, maybe by phone. Type them here.</source>
        <translation>Người đã chia sẻ tệp sẽ cho bạn biết các chữ số, có thể qua điện thoại. Hãy gõ vào đây.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Mở nó</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Mở nó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Add someone&apos;s card…</source>
        <translation>&amp;Thêm thẻ của một người…</translation>
    </message>
    <message>
        <source>Add someone&apos;s card</source>
        <translation>Thêm thẻ của một người</translation>
    </message>
    <message>
        <source>&amp;Give my card…</source>
        <translation>Đưa thẻ &amp;của tôi…</translation>
    </message>
    <message>
        <source>Give my card</source>
        <translation>Đưa thẻ của tôi</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mọi người</translation>
    </message>
    <message>
        <source>People I share with</source>
        <translation>Những người tôi chia sẻ cùng</translation>
    </message>
    <message>
        <source>No one yet. Ask the person for their card file, then choose “Add someone&apos;s card…”.</source>
        <translation>Chưa có ai. Hãy xin người đó tệp thẻ của họ, rồi chọn “Thêm thẻ của một người…”.</translation>
    </message>
    <message>
        <source>&amp;Compare the numbers…</source>
        <translation>So sánh các con &amp;số…</translation>
    </message>
    <message>
        <source>Compare the card numbers</source>
        <translation>So sánh các con số trên thẻ</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Rút lại…</translation>
    </message>
    <message>
        <source>Withdraw the chosen share</source>
        <translation>Rút lại lần chia sẻ đã chọn</translation>
    </message>
    <message>
        <source>Nothing shared with them yet. To share, press Share…, the button under the list of pages; what you share shows here.</source>
        <translation>Chưa chia sẻ gì với họ. Để chia sẻ, hãy nhấn Chia sẻ…, nút bên dưới danh sách các trang; những gì bạn chia sẻ sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Make a file that asks their app to delete what you shared</source>
        <translation>Tạo một tệp đề nghị ứng dụng của họ xóa những gì bạn đã chia sẻ</translation>
    </message>
    <message>
        <source>What I s&amp;hared</source>
        <translation>Những gì tôi đã c&amp;hia sẻ</translation>
    </message>
    <message>
        <source>What I shared with this person</source>
        <translation>Những gì tôi đã chia sẻ với người này</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>: compare the numbers with them before you share, if you can.</source>
        <translation>: hãy so sánh các con số với họ trước khi chia sẻ, nếu có thể.</translation>
    </message>
    <message>
        <source>Shared with a passphrase</source>
        <translation>Chia sẻ bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>People without the app&apos;s card, who open the file with a passphrase.</source>
        <translation>Những người không có thẻ của ứng dụng, mở tệp bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Choose a share in the list to withdraw it.</source>
        <translation>Chọn một lần chia sẻ trong danh sách để rút lại.</translation>
    </message>
    <message>
        <source>A newer share took its place, so this one is already gone from their app.</source>
        <translation>Một lần chia sẻ mới hơn đã thay thế, nên lần này đã không còn trong ứng dụng của họ.</translation>
    </message>
    <message>
        <source>This share is already withdrawn.</source>
        <translation>Lần chia sẻ này đã được rút lại rồi.</translation>
    </message>
    <message>
        <source>Cards (*{0});;Any file (*)</source>
        <translation>Thẻ (*{0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{0} is added. {1}.</source>
        <translation>Đã thêm {0}. {1}.</translation>
    </message>
    <message>
        <source>Withdrawal for {0}</source>
        <translation>Rút lại cho {0}</translation>
    </message>
    <message>
        <source>Save the withdrawal file</source>
        <translation>Lưu tệp rút lại</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Tệp chia sẻ (*{0})</translation>
    </message>
    <message>
        <source>The withdrawal is saved as “{0}”. Give it to {1}.</source>
        <translation>Tệp rút lại đã được lưu thành “{0}”. Hãy đưa nó cho {1}.</translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>Cả %n chữ đều là chữ của mảnh: có vẻ đây là một mảnh đầy đủ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>Đã có %n trên 20 chữ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceWordsDialog</name>
    <message>
        <source>A piece kept for {0}</source>
        <translation>Một mảnh giữ cho {0}</translation>
    </message>
    <message>
        <source>{0}&apos;s piece, {1} of 3</source>
        <translation>Mảnh của {0}, mảnh {1} trên 3</translation>
    </message>
    <message>
        <source>From the card with the numbers {0}.</source>
        <translation>Từ thẻ có các con số {0}.</translation>
    </message>
    <message>
        <source>Read these words only to {0}, once you are sure it is them (in person, or by a call you made to a number you already had). Two people&apos;s pieces together let them back in.</source>
        <translation>Chỉ đọc các chữ này cho {0}, khi bạn chắc chắn đó là họ (gặp trực tiếp, hoặc qua cuộc gọi bạn gọi đến số bạn đã có từ trước). Mảnh của hai người cộng lại sẽ giúp họ vào lại.</translation>
    </message>
    <message>
        <source>Word {0}: {1}</source>
        <translation>Chữ {0}: {1}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the piece</source>
        <translation>In mảnh này</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The piece&apos;s words</source>
        <translation>Các chữ của mảnh</translation>
    </message>
</context>
<context>
    <name>PiecesUnlockDialog</name>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Vào lại nhờ những người tin cậy</translation>
    </message>
    <message>
        <source>Ask two of the people you gave a piece to. Each can show their piece in their own app: 20 words. Type the words of each piece in its box. The numbers and line breaks don&apos;t matter, and the first four letters of each word are enough.</source>
        <translation>Hãy nhờ hai trong số những người bạn đã đưa mảnh. Mỗi người có thể cho xem mảnh của họ trong ứng dụng của họ: 20 chữ. Gõ các chữ của mỗi mảnh vào ô của nó. Con số và việc xuống dòng không quan trọng, và chỉ cần bốn chữ cái đầu của mỗi chữ.</translation>
    </message>
    <message>
        <source>First person&apos;s piece</source>
        <translation>Mảnh của người thứ nhất</translation>
    </message>
    <message>
        <source>Second person&apos;s piece</source>
        <translation>Mảnh của người thứ hai</translation>
    </message>
    <message>
        <source>&amp;First person&apos;s piece</source>
        <translation>Mảnh của người thứ &amp;nhất</translation>
    </message>
    <message>
        <source>&amp;Second person&apos;s piece</source>
        <translation>Mảnh của người thứ &amp;hai</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Get back in</source>
        <translation>&amp;Vào lại</translation>
    </message>
    <message>
        <source>Get back in</source>
        <translation>Vào lại</translation>
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
        <translation>Mỗi dòng một điều</translation>
    </message>
</context>
<context>
    <name>PractitionerWindow</name>
    <message>
        <source>My &amp;card…</source>
        <translation>Thẻ của &amp;tôi…</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Thẻ của tôi</translation>
    </message>
    <message>
        <source>Your name, role and organisation, and your card to give young people</source>
        <translation>Tên, vai trò và tổ chức của bạn, và thẻ của bạn để đưa cho các bạn trẻ</translation>
    </message>
    <message>
        <source>&amp;Shared with you</source>
        <translation>&amp;Được chia sẻ với bạn</translation>
    </message>
    <message>
        <source>Files shared with you</source>
        <translation>Các tệp được chia sẻ với bạn</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Nothing here yet. When a young person gives you a shared file, open it here. Give them your card first (My card…).</source>
        <translation>Chưa có gì ở đây. Khi một bạn trẻ đưa cho bạn một tệp chia sẻ, hãy mở nó ở đây. Trước tiên hãy đưa thẻ của bạn cho bạn ấy (Thẻ của tôi…).</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>&amp;Mở một tệp được chia sẻ…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Mở một tệp được chia sẻ</translation>
    </message>
    <message>
        <source>Open a .wpb file a young person gave you (Ctrl+O)</source>
        <translation>Mở một tệp .wpb mà một bạn trẻ đã đưa cho bạn (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Đang mở tệp</translation>
    </message>
    <message>
        <source>Shared files (*{0});;Any file (*)</source>
        <translation>Tệp chia sẻ (*{0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Đang mở và kiểm tra tệp…</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It has been deleted.</source>
        <translation>{0} đã rút lại một tệp họ từng chia sẻ. Tệp đó đã bị xóa.</translation>
    </message>
    <message>
        <source>{0} withdrew a file they had shared. It isn&apos;t here, so nothing was deleted.</source>
        <translation>{0} đã rút lại một tệp họ từng chia sẻ. Tệp đó không có ở đây, nên không có gì bị xóa.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Tệp chưa được mở.</translation>
    </message>
</context>
<context>
    <name>PrintedFile</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Saved as a PDF: {0}</source>
        <translation>Đã lưu thành PDF: {0}</translation>
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
        <translation>Dừng đọc</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dừng đọc to</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Dừng đọc to (Esc)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Read {what} aloud</source>
        <translation>Đọc to {what}</translation>
    </message>
    <message>
        <source>Read {what} aloud (Ctrl+Shift+R). Esc stops it.</source>
        <translation>Đọc to {what} (Ctrl+Shift+R). Esc để dừng.</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>Lưu &amp;biên nhận…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Hãy chọn một tệp được chia sẻ trước.</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to give a receipt for.</source>
        <translation>Tệp đó đã bị rút lại hoặc đã hết hạn, nên không có gì để làm biên nhận.</translation>
    </message>
    <message>
        <source>A small file for the young person: it tells them you opened what they shared</source>
        <translation>Một tệp nhỏ cho bạn trẻ: báo cho bạn ấy biết bạn đã mở những gì bạn ấy chia sẻ</translation>
    </message>
    <message>
        <source>Receipt for {name}</source>
        <translation>Biên nhận cho {name}</translation>
    </message>
    <message>
        <source>Receipts (*{0})</source>
        <translation>Biên nhận (*{0})</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}.</source>
        <translation>Biên nhận đã được lưu thành {file}. Hãy đưa nó cho {name}.</translation>
    </message>
</context>
<context>
    <name>ReceivedListModel</name>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Đã được thay bằng một bản mới hơn</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Hôm nay là ngày cuối</translation>
    </message>
    <message>
        <source>Open, ends tomorrow</source>
        <translation>Đang mở, kết thúc ngày mai</translation>
    </message>
    <message>
        <source>Open, {0} days left</source>
        <translation>Đang mở, còn {0} ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Chia sẻ ngày</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Mở được đến</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <source>E&amp;xport for records…</source>
        <translation>&amp;Xuất để lưu hồ sơ…</translation>
    </message>
    <message>
        <source>Export for records</source>
        <translation>Xuất để lưu hồ sơ</translation>
    </message>
    <message>
        <source>Save it as a FHIR document for your service&apos;s records. The person who shared it allowed this; the copy stays after the share ends or is withdrawn.</source>
        <translation>Lưu thành tài liệu FHIR cho hồ sơ lưu trữ của cơ quan bạn. Người chia sẻ đã cho phép việc này; bản sao vẫn còn sau khi lần chia sẻ kết thúc hoặc bị rút lại.</translation>
    </message>
    <message>
        <source>Record of what {0} shared</source>
        <translation>Hồ sơ về những gì {0} đã chia sẻ</translation>
    </message>
    <message>
        <source>FHIR documents (*{0})</source>
        <translation>Tài liệu FHIR (*{0})</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Đang lưu hồ sơ…</translation>
    </message>
    <message>
        <source>Saved for the record as {0}, in the words of {1}.</source>
        <translation>Đã lưu vào hồ sơ thành {0}, bằng lời của {1}.</translation>
    </message>
    <message>
        <source>No record was saved.</source>
        <translation>Chưa lưu hồ sơ nào.</translation>
    </message>
</context>
<context>
    <name>RecordsChoice</name>
    <message>
        <source>Can they copy it into their records?</source>
        <translation>Họ có được sao chép vào hồ sơ lưu trữ của họ không?</translation>
    </message>
    <message>
        <source>No, they can only &amp;read it. It says “not for the record”.</source>
        <translation>Không, họ chỉ được đọ&amp;c. Nó ghi “không đưa vào hồ sơ”.</translation>
    </message>
    <message>
        <source>No, &amp;read only: marked “not for the record”</source>
        <translation>Không, chỉ để đọ&amp;c: đánh dấu “không đưa vào hồ sơ”</translation>
    </message>
    <message>
        <source>No, read only</source>
        <translation>Không, chỉ để đọc</translation>
    </message>
    <message>
        <source>Yes, they may &amp;copy it into their records</source>
        <translation>Có, họ được &amp;sao chép vào hồ sơ lưu trữ của họ</translation>
    </message>
    <message>
        <source>Yes, they may copy it into their records</source>
        <translation>Có, họ được sao chép vào hồ sơ lưu trữ của họ</translation>
    </message>
    <message>
        <source>Records are the notes their service keeps, for example their school or team. If you say yes, a copy goes into those notes. The copy stays there after the time is up. It stays there even if you withdraw this share. You can&apos;t take the copy back.</source>
        <translation>Hồ sơ lưu trữ là những ghi chép mà cơ quan của họ giữ, ví dụ trường học hoặc nhóm của họ. Nếu bạn đồng ý, một bản sao sẽ vào những ghi chép đó. Bản sao vẫn ở đó sau khi hết thời gian. Nó vẫn ở đó kể cả khi bạn rút lại lần chia sẻ này. Bạn không thể lấy lại bản sao.</translation>
    </message>
    <message>
        <source>If you say yes, a copy goes into their service&apos;s records. That copy stays there after the time is up, and even if you withdraw this share. You can&apos;t take it back.</source>
        <translation>Nếu bạn đồng ý, một bản sao sẽ vào hồ sơ lưu trữ của cơ quan họ. Bản sao đó vẫn ở đó sau khi hết thời gian, kể cả khi bạn rút lại lần chia sẻ này. Bạn không thể lấy lại nó.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCheck</name>
    <message>
        <source>To check you have it, type the &amp;last group of the code</source>
        <translation>Để chắc rằng bạn đã có mã, hãy gõ &amp;nhóm cuối cùng của mã</translation>
    </message>
    <message>
        <source>The last group of the recovery code</source>
        <translation>Nhóm cuối cùng của mã khôi phục</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeTab</name>
    <message>
        <source>Lost your recovery code, or worried someone has seen it? Make a new one. Once you have written it down, the old code stops opening this passport.</source>
        <translation>Mất mã khôi phục, hoặc lo có người đã nhìn thấy nó? Hãy tạo một mã mới. Khi bạn đã ghi mã mới lại, mã cũ sẽ không mở được sổ tay này nữa.</translation>
    </message>
    <message>
        <source>Lost your code? Or did someone see it? Make a new one. Write it down. Then the old code stops working.</source>
        <translation>Mất mã? Hay có người đã nhìn thấy nó? Hãy tạo một mã mới. Ghi nó lại. Rồi mã cũ sẽ không dùng được nữa.</translation>
    </message>
    <message>
        <source>You made a new code, but you have not checked it yet, so your old code still works.</source>
        <translation>Bạn đã tạo một mã mới, nhưng chưa kiểm tra nó, nên mã cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>You made a new code. You have not checked it yet. Your old code still works.</source>
        <translation>Bạn đã tạo một mã mới. Bạn chưa kiểm tra nó. Mã cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery code</source>
        <translation>Cụm mật khẩu của bạn, để tạo mã khôi phục mới</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Cụm &amp;mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>Tạo một mã khôi &amp;phục mới</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Tạo một mã khôi phục mới</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu của bạn…</translation>
    </message>
    <message>
        <source>Changing to your new code… this takes a moment.</source>
        <translation>Đang chuyển sang mã mới của bạn… việc này mất một chút thời gian.</translation>
    </message>
    <message>
        <source>Changing to your new code…</source>
        <translation>Đang chuyển sang mã mới của bạn…</translation>
    </message>
    <message>
        <source>This is your new code. Write it down or print it, and keep it away from this laptop. It starts working when you type its last group below; until then your old code still works.</source>
        <translation>Đây là mã mới của bạn. Hãy ghi lại hoặc in ra, và cất xa máy tính này. Mã bắt đầu dùng được khi bạn gõ nhóm cuối cùng của nó ở dưới; trước lúc đó mã cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>This is your new code. Write it down. Keep it safe. Then type its last group below. Until then your old code still works.</source>
        <translation>Đây là mã mới của bạn. Hãy ghi lại. Cất nó an toàn. Rồi gõ nhóm cuối cùng của nó ở dưới. Trước lúc đó mã cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>Done: your new code now opens this passport, and the old one no longer does. Save a new backup soon, so your new code opens a backup too.</source>
        <translation>Xong: giờ mã mới của bạn mở được sổ tay này, còn mã cũ thì không. Hãy sớm lưu một bản sao lưu mới, để mã mới cũng mở được một bản sao lưu.</translation>
    </message>
    <message>
        <source>Done. Your new code works now. The old one does not. Now save a new backup.</source>
        <translation>Xong. Giờ mã mới của bạn dùng được. Mã cũ thì không. Giờ hãy lưu một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>&amp;Show my new code again</source>
        <translation>&amp;Xem lại mã mới của tôi</translation>
    </message>
    <message>
        <source>Show my new recovery code again</source>
        <translation>Xem lại mã khôi phục mới của tôi</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;kept it safe</source>
        <translation>Tôi đã &amp;cất giữ an toàn</translation>
    </message>
    <message>
        <source>I&apos;ve kept the new recovery code safe</source>
        <translation>Tôi đã cất giữ mã khôi phục mới an toàn</translation>
    </message>
    <message>
        <source>Backups you saved before still open only with the old code, so save a new backup afterwards.</source>
        <translation>Các bản sao lưu bạn lưu trước đây vẫn chỉ mở được bằng mã cũ, nên sau đó hãy lưu một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>Old backups still need the old code.</source>
        <translation>Bản sao lưu cũ vẫn cần mã cũ.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;In ra</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>In mã khôi phục</translation>
    </message>
    <message>
        <source>Print the code on paper. Nothing is saved on this computer.</source>
        <translation>In mã ra giấy. Không có gì được lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Recovery code: {0}</source>
        <translation>Mã khôi phục: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery code&lt;/h2&gt;&lt;p&gt;For: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Keep this somewhere safe. It opens your passport if you forget your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mã khôi phục&lt;/h2&gt;&lt;p&gt;Dành cho: {label}&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 22pt;&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;Hãy cất giữ mã này ở nơi an toàn. Nó mở được sổ tay của bạn nếu bạn quên cụm mật khẩu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>Repl&amp;y…</source>
        <translation>&amp;Phản hồi…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Choose a shared file first.</source>
        <translation>Hãy chọn một tệp được chia sẻ trước.</translation>
    </message>
    <message>
        <source>A short message for the young person, and what you&apos;ll do, that only their app can open</source>
        <translation>Một lời nhắn ngắn cho bạn trẻ, và việc bạn sẽ làm, mà chỉ ứng dụng của bạn ấy mở được</translation>
    </message>
    <message>
        <source>That file was withdrawn or its time is up, so there is nothing to reply to.</source>
        <translation>Tệp đó đã bị rút lại hoặc đã hết hạn, nên không có gì để phản hồi.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not your card, so their app couldn&apos;t tell a reply came from you.</source>
        <translation>Tệp này được chia sẻ bằng cụm mật khẩu, không phải bằng thẻ của bạn, nên ứng dụng của bạn ấy không thể biết phản hồi đến từ bạn.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Phản hồi cho {name}</translation>
    </message>
    <message>
        <source>Say what you heard, and what you&apos;ll do. You&apos;ll see exactly what the reply carries before it is saved; only {name}&apos;s app can open it.</source>
        <translation>Hãy nói điều bạn đã nghe, và việc bạn sẽ làm. Bạn sẽ thấy chính xác phản hồi chứa gì trước khi lưu; chỉ ứng dụng của {name} mở được nó.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Lời nhắn của bạn</translation>
    </message>
    <message>
        <source>Your &amp;message</source>
        <translation>Lời &amp;nhắn của bạn</translation>
    </message>
    <message>
        <source>What I&apos;ll do, entry by entry (if you like)</source>
        <translation>Việc tôi sẽ làm, theo từng mục (nếu bạn muốn)</translation>
    </message>
    <message>
        <source>What I&apos;ll do about ‘{title}’</source>
        <translation>Việc tôi sẽ làm về ‘{title}’</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Next: check it</source>
        <translation>&amp;Tiếp: kiểm tra</translation>
    </message>
    <message>
        <source>Next: check what the reply carries</source>
        <translation>Tiếp: kiểm tra phản hồi chứa gì</translation>
    </message>
    <message>
        <source>This is exactly what the reply carries</source>
        <translation>Đây chính xác là những gì phản hồi chứa</translation>
    </message>
    <message>
        <source>What the reply carries</source>
        <translation>Phản hồi chứa gì</translation>
    </message>
    <message>
        <source>What &amp;leaves</source>
        <translation>Những gì được &amp;gửi đi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Back to the words</source>
        <translation>Quay lại phần lời viết</translation>
    </message>
    <message>
        <source>&amp;Save the reply…</source>
        <translation>&amp;Lưu phản hồi…</translation>
    </message>
    <message>
        <source>Save the reply as a file</source>
        <translation>Lưu phản hồi thành tệp</translation>
    </message>
    <message>
        <source>It is signed with your card and locked so that only {name}&apos;s app can open it. Entries are named by a number their app knows, never by their title or words.</source>
        <translation>Phản hồi được ký bằng thẻ của bạn và khóa lại để chỉ ứng dụng của {name} mở được. Các mục được gọi bằng một con số mà ứng dụng của bạn ấy biết, không bao giờ bằng tiêu đề hay lời viết.</translation>
    </message>
    <message>
        <source>For: {name} (their card&apos;s numbers {numbers})</source>
        <translation>Cho: {name} (các con số trên thẻ của bạn ấy {numbers})</translation>
    </message>
    <message>
        <source>From: your card ({sender})</source>
        <translation>Từ: thẻ của bạn ({sender})</translation>
    </message>
    <message>
        <source>About: what they shared on {date}</source>
        <translation>Về: những gì bạn ấy chia sẻ vào {date}</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Lời nhắn của bạn:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>What you&apos;ll do:</source>
        <translation>Việc bạn sẽ làm:</translation>
    </message>
    <message>
        <source>About ‘{title}’: {note}</source>
        <translation>Về ‘{title}’: {note}</translation>
    </message>
    <message>
        <source>Reply for {name}</source>
        <translation>Phản hồi cho {name}</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Lưu phản hồi</translation>
    </message>
    <message>
        <source>Replies (*{0})</source>
        <translation>Phản hồi (*{0})</translation>
    </message>
    <message>
        <source>Reply saved as {file}. Give it to {name}; in their app they choose People, then “Open a receipt or reply…”.</source>
        <translation>Đã lưu phản hồi thành {file}. Hãy đưa nó cho {name}; trong ứng dụng của mình, bạn ấy chọn Mọi người, rồi “Mở biên nhận hoặc phản hồi…”.</translation>
    </message>
</context>
<context>
    <name>ReplyNotice</name>
    <message>
        <source>{name} replied to what you shared — read it</source>
        <translation>{name} đã phản hồi những gì bạn chia sẻ — hãy đọc</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Bring back a passport from a backup file, on this laptop or a new one.</source>
        <translation>Mang một sổ tay trở lại từ tệp sao lưu, trên máy tính này hoặc một máy mới.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>C&amp;họn tệp sao lưu…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Chưa chọn tệp nào.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Mã bạn đã ghi lại hoặc in ra</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Mã khôi phục</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>It&apos;s back</source>
        <translation>Đã trở lại</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces still work.</source>
        <translation>Mảnh của những người tin cậy vẫn dùng được.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold still open it.</source>
        <translation>Các mảnh mà những người tin cậy của bạn giữ vẫn mở được nó.</translation>
    </message>
    <message>
        <source>Your trusted people&apos;s pieces do not work now. Make new ones in Settings.</source>
        <translation>Mảnh của những người tin cậy giờ không dùng được. Hãy tạo mảnh mới trong Cài đặt.</translation>
    </message>
    <message>
        <source>The pieces your trusted people hold don&apos;t open this copy. Make new ones in Settings, under Trusted people.</source>
        <translation>Các mảnh mà những người tin cậy của bạn giữ không mở được bản này. Hãy tạo mảnh mới trong Cài đặt, ở mục Người tin cậy.</translation>
    </message>
    <message>
        <source>&amp;Save a new backup when it opens, so your new code has one too</source>
        <translation>&amp;Lưu một bản sao lưu mới khi nó mở, để mã mới của bạn cũng có một bản</translation>
    </message>
    <message>
        <source>Save a new backup when it opens</source>
        <translation>Lưu một bản sao lưu mới khi nó mở</translation>
    </message>
    <message>
        <source>&amp;Save a new backup now</source>
        <translation>&amp;Lưu một bản sao lưu mới ngay</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: &amp;open it</source>
        <translation>Tôi đã cất giữ mã an toàn: &amp;mở nó</translation>
    </message>
    <message>
        <source>It has a new recovery code, shown only now: it opens this passport. Write it down or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>Nó có một mã khôi phục mới, chỉ hiện ra lúc này: mã này mở được sổ tay này. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>This is your new code. It opens this passport. Write it down. Keep it safe.</source>
        <translation>Đây là mã mới của bạn. Nó mở được sổ tay này. Hãy ghi lại. Cất nó an toàn.</translation>
    </message>
    <message>
        <source>The passphrase you just chose opens it day to day.</source>
        <translation>Cụm mật khẩu bạn vừa chọn sẽ mở nó hằng ngày.</translation>
    </message>
    <message>
        <source>Your new passphrase opens it every day.</source>
        <translation>Cụm mật khẩu mới của bạn mở nó mỗi ngày.</translation>
    </message>
    <message>
        <source>Your old code still opens the backup file you restored from, and the passport on your old laptop if it is still there. Not this one.</source>
        <translation>Mã cũ của bạn vẫn mở được tệp sao lưu bạn đã dùng để khôi phục, và sổ tay trên máy tính cũ nếu nó vẫn còn ở đó. Không mở được sổ tay này.</translation>
    </message>
    <message>
        <source>The old code still opens the old backup. It opens any copy on the old laptop. It does not open this one.</source>
        <translation>Mã cũ vẫn mở được bản sao lưu cũ. Nó mở được mọi bản trên máy tính cũ. Nó không mở được sổ tay này.</translation>
    </message>
    <message>
        <source>I&apos;ve kept the code safe: open it</source>
        <translation>Tôi đã cất giữ mã an toàn: mở nó</translation>
    </message>
    <message>
        <source>Backups ({0});;Any file (*)</source>
        <translation>Bản sao lưu ({0});;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Is this still true?</source>
        <translation>Điều này còn đúng không?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Keep “{title}” as it is</source>
        <translation>Giữ nguyên “{title}”</translation>
    </message>
    <message>
        <source>It&apos;s still true. We&apos;ll ask again in 3 months.</source>
        <translation>Vẫn còn đúng. Chúng tôi sẽ hỏi lại sau 3 tháng.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>Cập nhật “{title}”</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <source>Unpin “{title}”</source>
        <translation>Bỏ ghim “{title}”</translation>
    </message>
    <message>
        <source>Take it off “What&apos;s important now”; it stays in its section.</source>
        <translation>Bỏ nó khỏi “Điều quan trọng lúc này”; nó vẫn ở trong phần của nó.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Các phiên bản</translation>
    </message>
    <message>
        <source>What this version said</source>
        <translation>Nội dung của phiên bản này</translation>
    </message>
    <message>
        <source>What it &amp;said</source>
        <translation>Nội &amp;dung khi đó</translation>
    </message>
    <message>
        <source>&amp;Bring this version back</source>
        <translation>&amp;Mang phiên bản này trở lại</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Các phiên bản, mới nhất trước</translation>
    </message>
    <message>
        <source>Bring this version back</source>
        <translation>Mang phiên bản này trở lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Now: {when}</source>
        <translation>Bây giờ: {when}</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My warning signs</source>
        <translation>Dấu hiệu báo trước của tôi</translation>
    </message>
    <message>
        <source>What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.</source>
        <translation>Điều gì cho bạn biết mọi chuyện đang trở nên khó khăn? Suy nghĩ, cảm xúc, những việc bạn nhận ra mình đang làm.</translation>
    </message>
    <message>
        <source>Things I can do myself</source>
        <translation>Những việc tôi có thể tự làm</translation>
    </message>
    <message>
        <source>What helps you feel a bit better on your own, even for a few minutes?</source>
        <translation>Điều gì giúp bạn thấy dễ chịu hơn một chút khi ở một mình, dù chỉ vài phút?</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Những người và nơi giúp tôi quên đi một lúc</translation>
    </message>
    <message>
        <source>Who or where helps you think about something else for a while?</source>
        <translation>Ai hoặc nơi nào giúp bạn nghĩ về điều khác một lúc?</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Những người tôi có thể nhờ giúp</translation>
    </message>
    <message>
        <source>Who can you talk to when things get hard? Add how to reach them if you like.</source>
        <translation>Bạn có thể nói chuyện với ai khi mọi chuyện trở nên khó khăn? Thêm cách liên lạc với họ nếu bạn muốn.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Người làm chuyên môn và đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>Which workers or services can you contact? The free lines above are always there too.</source>
        <translation>Bạn có thể liên lạc với những người làm việc hay dịch vụ nào? Các đường dây miễn phí ở trên cũng luôn sẵn sàng.</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>Làm cho nơi tôi ở an toàn hơn</translation>
    </message>
    <message>
        <source>What can you do to make where you are safer right now?</source>
        <translation>Bạn có thể làm gì để nơi bạn đang ở an toàn hơn ngay lúc này?</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>Lý do để tôi tiếp tục</translation>
    </message>
    <message>
        <source>What matters to you? Who or what are you looking forward to?</source>
        <translation>Điều gì quan trọng với bạn? Bạn đang mong chờ ai hoặc điều gì?</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>When things get hard</source>
        <translation>Khi mọi chuyện trở nên khó khăn</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through it alone. If you need someone now, these people are there for you, free, day and night:</source>
        <translation>Bạn không phải trải qua một mình. Nếu bạn cần ai đó ngay bây giờ, những người này luôn sẵn sàng giúp bạn, miễn phí, cả ngày lẫn đêm:</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Kế hoạch của tôi</translation>
    </message>
    <message>
        <source>Your plan, in your own words. When things get hard, go through it from the top, one step at a time. It is kept as you type, and you can share any step, like your other entries.</source>
        <translation>Kế hoạch của bạn, bằng lời của chính bạn. Khi mọi chuyện trở nên khó khăn, hãy làm theo từ trên xuống, từng bước một. Nó được lưu ngay khi bạn gõ, và bạn có thể chia sẻ bất kỳ bước nào, như các mục khác của bạn.</translation>
    </message>
</context>
<context>
    <name>SavedPlace</name>
    <message>
        <source>your home folder</source>
        <translation>thư mục chính của bạn</translation>
    </message>
    <message>
        <source>{folder} in your home folder</source>
        <translation>{folder} trong thư mục chính của bạn</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation>Gõ một từ</translation>
    </message>
    <message>
        <source>&amp;Look for</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Những gì đã tìm thấy</translation>
    </message>
    <message>
        <source>Type a word to look through everything you&apos;ve written.</source>
        <translation>Gõ một từ để tìm trong mọi thứ bạn đã viết.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try another word, or just its start.</source>
        <translation>Không tìm thấy gì cho “{text}”. Hãy thử từ khác, hoặc chỉ phần đầu của từ.</translation>
    </message>
    <message>
        <source>Found 1 entry.</source>
        <translation>Tìm thấy 1 mục.</translation>
    </message>
    <message>
        <source>Found {count} or more entries, the best first. Scroll down for more.</source>
        <translation>Tìm thấy {count} mục trở lên, phù hợp nhất ở trước. Cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <source>Found {count} entries.</source>
        <translation>Tìm thấy {count} mục.</translation>
    </message>
</context>
<context>
    <name>SectionBlock</name>
    <message>
        <source>Add something</source>
        <translation>Thêm điều gì đó</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Thêm điều gì đó vào {section}</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>Hiện tất cả {count}</translation>
    </message>
    <message>
        <source>Show all {count} in {section}</source>
        <translation>Hiện tất cả {count} trong {section}</translation>
    </message>
</context>
<context>
    <name>SectionListPage</name>
    <message>
        <source>← Home</source>
        <translation>← Trang chủ</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Về Trang chủ</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>Thêm điều gì đó</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Các mục, mới nhất trước</translation>
    </message>
    <message>
        <source>Entries in {section}</source>
        <translation>Các mục trong {section}</translation>
    </message>
    <message>
        <source>Add something to {section}</source>
        <translation>Thêm điều gì đó vào {section}</translation>
    </message>
    <message>
        <source>&amp;Entries, the plan&apos;s steps first</source>
        <translation>&amp;Các mục, các bước của kế hoạch trước</translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message>
        <source>Send suggestions</source>
        <translation>Gửi gợi ý</translation>
    </message>
    <message>
        <source>Tick what to send. They decide what to keep: nothing changes in their passport unless they add it.</source>
        <translation>Đánh dấu những gì cần gửi. Bạn ấy quyết định giữ lại những gì: sổ tay của bạn ấy không thay đổi gì trừ khi bạn ấy thêm vào.</translation>
    </message>
    <message>
        <source>A note for them (you can leave it empty)</source>
        <translation>Một lời nhắn cho bạn ấy (có thể để trống)</translation>
    </message>
    <message>
        <source>For example: Things I noticed this month</source>
        <translation>Ví dụ: Những điều tôi nhận thấy tháng này</translation>
    </message>
    <message>
        <source>A &amp;note for them</source>
        <translation>Một lời &amp;nhắn cho bạn ấy</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Đang lưu tệp</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Lưu tệp…</translation>
    </message>
    <message>
        <source>Save the suggestions as a file</source>
        <translation>Lưu các gợi ý thành tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Tên của bạn, như bạn ấy sẽ thấy</translation>
    </message>
    <message>
        <source>For example: Jo</source>
        <translation>Ví dụ: Jo</translation>
    </message>
    <message>
        <source>Your n&amp;ame, as they will see it</source>
        <translation>&amp;Tên của bạn, như bạn ấy sẽ thấy</translation>
    </message>
    <message>
        <source>Suggestions you sent before</source>
        <translation>Các gợi ý bạn đã gửi trước đây</translation>
    </message>
    <message>
        <source>When they have decided, they can save an answer for you: open it here to see what became of each suggestion. It says only that; what they changed stays with them.</source>
        <translation>Khi đã quyết định, bạn ấy có thể lưu một câu trả lời cho bạn: hãy mở nó ở đây để xem mỗi gợi ý đã ra sao. Nó chỉ nói vậy thôi; những gì bạn ấy đã thay đổi vẫn ở lại với bạn ấy.</translation>
    </message>
    <message>
        <source>What you sent &amp;before</source>
        <translation>Những gì bạn đã gửi t&amp;rước đây</translation>
    </message>
    <message>
        <source>O&amp;pen an answer…</source>
        <translation>&amp;Mở một câu trả lời…</translation>
    </message>
    <message>
        <source>Open their answer to your suggestions</source>
        <translation>Mở câu trả lời của bạn ấy cho các gợi ý của bạn</translation>
    </message>
    <message>
        <source>A file from them saying what became of each suggestion</source>
        <translation>Một tệp từ bạn ấy cho biết mỗi gợi ý đã ra sao</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>chưa có câu trả lời</translation>
    </message>
    <message>
        <source>added</source>
        <translation>đã thêm</translation>
    </message>
    <message>
        <source>added with changes</source>
        <translation>đã thêm với vài thay đổi</translation>
    </message>
    <message>
        <source>{name} didn&apos;t add this one</source>
        <translation>{name} đã không thêm gợi ý này</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source>(a draft since erased)</source>
        <translation>(một bản nháp nay đã xóa)</translation>
    </message>
    <message>
        <source>{title} ({outcome})</source>
        <translation>{title} ({outcome})</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}</source>
        <translation>{date}, gửi {name}: {what}</translation>
    </message>
    <message>
        <source>{date}, to {name}: {what}. No answer yet.</source>
        <translation>{date}, gửi {name}: {what}. Chưa có câu trả lời.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Chưa gửi gì.</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Mở một câu trả lời</translation>
    </message>
    <message>
        <source>Answers (*{0});;Any file (*)</source>
        <translation>Câu trả lời (*{0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening and checking the answer…</source>
        <translation>Đang mở và kiểm tra câu trả lời…</translation>
    </message>
    <message>
        <source>{name} answered. What became of each suggestion is shown below.</source>
        <translation>{name} đã trả lời. Mỗi gợi ý đã ra sao được hiện bên dưới.</translation>
    </message>
    <message>
        <source>Drafts to send</source>
        <translation>Các bản nháp để gửi</translation>
    </message>
    <message>
        <source>Drafts chosen: {0}.</source>
        <translation>Bản nháp đã chọn: {0}.</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Bản nháp</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Dành cho ai</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Cho</translation>
    </message>
    <message>
        <source>Add the young person&apos;s card first (Add the young person&apos;s card…).</source>
        <translation>Hãy thêm thẻ của bạn trẻ trước (Thêm thẻ của bạn trẻ…).</translation>
    </message>
    <message>
        <source>Suggestions for {name}</source>
        <translation>Gợi ý cho {name}</translation>
    </message>
    <message>
        <source>Save the suggestions</source>
        <translation>Lưu các gợi ý</translation>
    </message>
    <message>
        <source>Suggestions (*{0})</source>
        <translation>Gợi ý (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>Đã lưu %n gợi ý cho {name}. Hãy đưa tệp cho bạn ấy.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they haven&apos;t added your card yet, give them your card too (My card…). In their app they choose People, then “Add someone&apos;s card…”; then Suggestions, then “Open suggestions…” to open this file.</source>
        <translation>Nếu bạn ấy chưa thêm thẻ của bạn, hãy đưa cả thẻ của bạn nữa (Thẻ của tôi…). Trong ứng dụng của mình, bạn ấy chọn Mọi người, rồi “Thêm thẻ của một người…”; sau đó Gợi ý, rồi “Mở gợi ý…” để mở tệp này.</translation>
    </message>
</context>
<context>
    <name>SenderCheckDialog</name>
    <message>
        <source>Compare the numbers</source>
        <translation>So sánh các con số</translation>
    </message>
    <message>
        <source>This file was signed by the card with these numbers; the card says its name is {0}. Ask the person to read out the numbers on their card, in person or on the phone. If they are the same, this card really is theirs.</source>
        <translation>Tệp này được ký bằng thẻ có các con số này; thẻ nói tên nó là {0}. Hãy nhờ người đó đọc các con số trên thẻ của họ, gặp trực tiếp hoặc qua điện thoại. Nếu giống nhau, thẻ này đúng là của họ.</translation>
    </message>
    <message>
        <source>The card&apos;s numbers:</source>
        <translation>Các con số của thẻ:</translation>
    </message>
    <message>
        <source>They &amp;match, mark as checked</source>
        <translation>Chúng &amp;khớp nhau, đánh dấu là đã kiểm tra</translation>
    </message>
    <message>
        <source>They match, mark as checked</source>
        <translation>Chúng khớp nhau, đánh dấu là đã kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>SenderStatus</name>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, checked in person on {checked}.</source>
        <translation>Tệp này nguyên vẹn và được ký bằng thẻ có các con số {numbers} - thấy lần đầu ngày {first}, đã kiểm tra trực tiếp ngày {checked}.</translation>
    </message>
    <message>
        <source>This file is whole and signed by the card with numbers {numbers} - first seen on {first}, not yet checked in person.</source>
        <translation>Tệp này nguyên vẹn và được ký bằng thẻ có các con số {numbers} - thấy lần đầu ngày {first}, chưa kiểm tra trực tiếp.</translation>
    </message>
    <message>
        <source>Held, not opened: this file says it is from {name}, but it was signed by a different card from the {name} you already know. Compare the numbers before you trust it.</source>
        <translation>Đang giữ lại, chưa mở: tệp này nói là từ {name}, nhưng được ký bằng một thẻ khác với thẻ của {name} mà bạn đã biết. Hãy so sánh các con số trước khi tin.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Đã mở.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>There isn&apos;t enough space on this computer to do that. Nothing was lost. Make some space and try again.</source>
        <translation>Máy tính này không đủ chỗ để làm việc đó. Không có gì bị mất. Hãy dọn bớt chỗ rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is being opened already. Wait for it to finish, then look again.</source>
        <translation>Tệp này đang được mở rồi. Hãy chờ cho xong, rồi xem lại.</translation>
    </message>
    <message>
        <source>A backup is being saved. Try again when it has finished.</source>
        <translation>Đang lưu một bản sao lưu. Hãy thử lại khi xong.</translation>
    </message>
    <message>
        <source>Please unlock with your passphrase once, then try this again.</source>
        <translation>Hãy mở khóa bằng cụm mật khẩu một lần, rồi thử lại việc này.</translation>
    </message>
    <message>
        <source>To choose a new passphrase without the old one, open it with your recovery code first.</source>
        <translation>Để chọn cụm mật khẩu mới mà không cần cụm cũ, hãy mở bằng mã khôi phục trước.</translation>
    </message>
    <message>
        <source>That passphrase would be quick to guess. Try a few words together.</source>
        <translation>Cụm mật khẩu đó dễ bị đoán ra. Hãy thử vài chữ ghép lại.</translation>
    </message>
    <message>
        <source>Two pieces are needed, from two different people. One piece alone opens nothing.</source>
        <translation>Cần hai mảnh, từ hai người khác nhau. Chỉ một mảnh thì không mở được gì.</translation>
    </message>
    <message>
        <source>That is the same piece twice. Ask a second person for their piece.</source>
        <translation>Đó là cùng một mảnh hai lần. Hãy nhờ người thứ hai đưa mảnh của họ.</translation>
    </message>
    <message>
        <source>One of these pieces is from before you made new ones, so it no longer opens anything. Ask that person for the newer piece.</source>
        <translation>Một trong các mảnh này có từ trước khi bạn tạo mảnh mới, nên nó không còn mở được gì nữa. Hãy xin người đó mảnh mới hơn.</translation>
    </message>
    <message>
        <source>These pieces don&apos;t belong to this passport. Check whose piece each person has.</source>
        <translation>Các mảnh này không thuộc về sổ tay này. Hãy kiểm tra xem mỗi người đang giữ mảnh của ai.</translation>
    </message>
    <message>
        <source>This passport has no trusted people yet, so pieces can&apos;t open it.</source>
        <translation>Sổ tay này chưa có người tin cậy nào, nên các mảnh không mở được nó.</translation>
    </message>
    <message>
        <source>That isn&apos;t its passphrase or recovery code, so nothing was deleted. Without one of them it can&apos;t be deleted from the app.</source>
        <translation>Đó không phải là cụm mật khẩu hay mã khôi phục của nó, nên không có gì bị xóa. Không có một trong hai thứ đó thì không thể xóa nó khỏi ứng dụng.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open it. Check the spelling and try again.</source>
        <translation>Cái đó không mở được. Hãy kiểm tra chính tả và thử lại.</translation>
    </message>
    <message>
        <source>The lock file of this passport looks tampered with, so it was not used.</source>
        <translation>Tệp khóa của sổ tay này có vẻ đã bị can thiệp, nên không được dùng.</translation>
    </message>
    <message>
        <source>The lock file of this passport is damaged or missing. A backup can bring it back.</source>
        <translation>Tệp khóa của sổ tay này bị hỏng hoặc bị mất. Một bản sao lưu có thể mang nó trở lại.</translation>
    </message>
    <message>
        <source>This was made by a newer version of the app. Please update the app.</source>
        <translation>Cái này được tạo bởi một phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>This passport&apos;s data could not be read. It may be damaged.</source>
        <translation>Không đọc được dữ liệu của sổ tay này. Có thể nó đã bị hỏng.</translation>
    </message>
    <message>
        <source>There is already one with that name on this computer. Try another name.</source>
        <translation>Trên máy tính này đã có một cái cùng tên. Hãy thử tên khác.</translation>
    </message>
    <message>
        <source>There is no passport with that name on this computer.</source>
        <translation>Không có sổ tay nào mang tên đó trên máy tính này.</translation>
    </message>
    <message>
        <source>It was locked. Unlock it to carry on.</source>
        <translation>Nó đã bị khóa. Hãy mở khóa để tiếp tục.</translation>
    </message>
    <message>
        <source>That was stopped part way, and nothing of it was kept.</source>
        <translation>Việc đó đã bị dừng giữa chừng, và không có gì của nó được giữ lại.</translation>
    </message>
    <message>
        <source>This kind of profile can&apos;t do that.</source>
        <translation>Loại hồ sơ này không làm được việc đó.</translation>
    </message>
    <message>
        <source>That is not a file that can be opened (it may be a folder or a device).</source>
        <translation>Đó không phải là một tệp có thể mở được (có thể là một thư mục hoặc một thiết bị).</translation>
    </message>
    <message>
        <source>The person who shared this kept it read only, so it can&apos;t be copied into records. If it should be, ask them to share it again and allow that.</source>
        <translation>Người chia sẻ đã để nó chỉ để đọc, nên không thể sao chép vào hồ sơ lưu trữ. Nếu cần, hãy nhờ họ chia sẻ lại và cho phép việc đó.</translation>
    </message>
    <message>
        <source>This file is held: it says it is from someone you know, but it was signed by a different card. Compare the numbers first.</source>
        <translation>Tệp này đang bị giữ lại: nó nói là từ một người bạn biết, nhưng được ký bằng một thẻ khác. Hãy so sánh các con số trước.</translation>
    </message>
    <message>
        <source>This was shared with a passphrase, not with your card, so their app couldn&apos;t tell a reply came from you. Tell them in person instead.</source>
        <translation>Tệp này được chia sẻ bằng cụm mật khẩu, không phải bằng thẻ của bạn, nên ứng dụng của họ không thể biết phản hồi đến từ bạn. Hãy nói trực tiếp với họ.</translation>
    </message>
    <message>
        <source>This reply isn&apos;t from the person you shared with, or isn&apos;t about what you shared with them, so nothing was changed.</source>
        <translation>Phản hồi này không phải từ người bạn đã chia sẻ, hoặc không nói về những gì bạn đã chia sẻ với họ, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This note isn&apos;t from the person you shared with, so nothing was changed.</source>
        <translation>Ghi chú này không đến từ người bạn đã chia sẻ, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>Tệp này được làm cho người khác, nên không mở được ở đây.</translation>
    </message>
    <message>
        <source>This file isn&apos;t signed by the person who made it, so it was not opened.</source>
        <translation>Tệp này không được ký bởi người đã tạo ra nó, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This file&apos;s signature doesn&apos;t match. It may have been changed on the way, so it was not opened.</source>
        <translation>Chữ ký của tệp này không khớp. Có thể nó đã bị thay đổi trên đường đi, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This file comes from someone whose card you haven&apos;t added, so it was not opened.</source>
        <translation>Tệp này đến từ một người bạn chưa thêm thẻ, nên chưa được mở.</translation>
    </message>
    <message>
        <source>The time for this file is up, so it can no longer be opened.</source>
        <translation>Tệp này đã hết hạn, nên không còn mở được nữa.</translation>
    </message>
    <message>
        <source>The person who shared this file has since shared a newer one in its place. Open the newer file instead.</source>
        <translation>Người chia sẻ tệp này sau đó đã chia sẻ một tệp mới hơn thay thế. Hãy mở tệp mới hơn.</translation>
    </message>
    <message>
        <source>The person who shared this file has withdrawn it, so it can&apos;t be opened.</source>
        <translation>Người chia sẻ tệp này đã rút lại, nên không thể mở được.</translation>
    </message>
    <message>
        <source>This file is bigger than a shared file can be, so it was not opened.</source>
        <translation>Tệp này lớn hơn mức một tệp chia sẻ có thể có, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Please update the app to open it.</source>
        <translation>Tệp này được tạo bởi một phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng để mở nó.</translation>
    </message>
    <message>
        <source>This file was made by an older version of the app. Ask the person who sent it to update the app and send it again.</source>
        <translation>Tệp này được tạo bằng một phiên bản cũ hơn của ứng dụng. Hãy nhờ người đã gửi cập nhật ứng dụng rồi gửi lại.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this file. Check the numbers and try again.</source>
        <translation>Cụm mật khẩu đó không mở được tệp này. Hãy kiểm tra các con số và thử lại.</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Ask the person who shared it.</source>
        <translation>Tệp này được khóa bằng cụm mật khẩu. Hãy hỏi người đã chia sẻ nó.</translation>
    </message>
    <message>
        <source>This file asks for far more work to open than the app ever uses, so it was not opened.</source>
        <translation>Tệp này đòi hỏi nhiều công sức để mở hơn hẳn mức ứng dụng từng dùng, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed on the way, so it was not opened.</source>
        <translation>Tệp này bị hỏng hoặc đã bị thay đổi trên đường đi, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened, and nothing from it was kept.</source>
        <translation>Không mở được tệp này, và không có gì từ nó được giữ lại.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a backup, or it is damaged or cut short. Nothing was restored.</source>
        <translation>Tệp này không phải là bản sao lưu, hoặc nó bị hỏng hay bị cắt ngắn. Không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>This card was made by an older version of the app, and you already have a newer card from this person, so nothing was changed.</source>
        <translation>Thẻ này được tạo bằng một phiên bản cũ hơn của ứng dụng, và bạn đã có một thẻ mới hơn của người này, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>That isn&apos;t a card file from this app, or it is damaged.</source>
        <translation>Đó không phải là tệp thẻ của ứng dụng này, hoặc nó bị hỏng.</translation>
    </message>
    <message>
        <source>That file is too big to add (the limit is 50 MB).</source>
        <translation>Tệp đó quá lớn để thêm vào (giới hạn là 50 MB).</translation>
    </message>
    <message>
        <source>That file is too big to open.</source>
        <translation>Tệp đó quá lớn để mở.</translation>
    </message>
    <message>
        <source>That is no longer there. It may have been erased.</source>
        <translation>Cái đó không còn ở đây nữa. Có thể nó đã bị xóa.</translation>
    </message>
    <message>
        <source>This comes from someone you haven&apos;t added. If you trust them, add their card first, then open it again. Nothing from it was kept.</source>
        <translation>Cái này đến từ một người bạn chưa thêm. Nếu bạn tin họ, hãy thêm thẻ của họ trước, rồi mở lại. Không có gì từ nó được giữ lại.</translation>
    </message>
    <message>
        <source>This isn&apos;t a suggestion for you, so it wasn&apos;t opened.</source>
        <translation>Đây không phải là gợi ý dành cho bạn, nên chưa được mở.</translation>
    </message>
    <message>
        <source>This isn&apos;t a note about something you shared, so nothing was changed.</source>
        <translation>Đây không phải là ghi chú về thứ bạn đã chia sẻ, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This answer isn&apos;t from the person you sent those suggestions to, or isn&apos;t about them, so nothing was changed.</source>
        <translation>Câu trả lời này không đến từ người bạn đã gửi các gợi ý đó, hoặc không nói về chúng, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This isn&apos;t an answer to your suggestions, so nothing was changed.</source>
        <translation>Đây không phải là câu trả lời cho các gợi ý của bạn, nên không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This piece was made for someone else, so it wasn&apos;t kept.</source>
        <translation>Mảnh này được làm cho người khác, nên không được giữ lại.</translation>
    </message>
    <message>
        <source>You already keep a newer piece from this person, so this older one wasn&apos;t kept.</source>
        <translation>Bạn đã giữ một mảnh mới hơn từ người này, nên mảnh cũ này không được giữ lại.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this backup. Use the code you had when you saved this backup, and check each group.</source>
        <translation>Mã khôi phục đó không mở được bản sao lưu này. Hãy dùng mã bạn có lúc lưu bản sao lưu này, và kiểm tra từng nhóm.</translation>
    </message>
    <message>
        <source>This file is larger than a backup can be, so nothing was restored.</source>
        <translation>Tệp này lớn hơn mức một bản sao lưu có thể có, nên không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Hãy gõ mã khôi phục trước.</translation>
    </message>
    <message>
        <source>That code is too short: it has {0} of its 28 letters and digits.</source>
        <translation>Mã đó quá ngắn: nó có {0} trong số 28 chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>That code is too long: it has {0} letters and digits, and a code has 28.</source>
        <translation>Mã đó quá dài: nó có {0} chữ cái và chữ số, trong khi một mã có 28.</translation>
    </message>
    <message>
        <source>A recovery code never has these: {0}. Check each letter against the paper.</source>
        <translation>Mã khôi phục không bao giờ có những ký tự này: {0}. Hãy so từng chữ với tờ giấy.</translation>
    </message>
    <message>
        <source>Type the words of a piece first.</source>
        <translation>Hãy gõ các chữ của một mảnh trước.</translation>
    </message>
    <message>
        <source>A piece has 20 words, and this one has {0}. Check that every word is there.</source>
        <translation>Một mảnh có 20 chữ, và mảnh này có {0}. Hãy kiểm tra xem có đủ mọi chữ không.</translation>
    </message>
    <message>
        <source>“{0}” isn&apos;t one of the words pieces use. Check its spelling against the piece.</source>
        <translation>“{0}” không phải là một chữ mà các mảnh dùng. Hãy so cách viết với mảnh.</translation>
    </message>
    <message>
        <source>A word of this piece is mistyped, or two are swapped. Read it through again.</source>
        <translation>Có một chữ của mảnh này bị gõ sai, hoặc hai chữ bị đổi chỗ. Hãy đọc lại một lượt.</translation>
    </message>
    <message>
        <source>Something in that isn&apos;t quite right: {0}</source>
        <translation>Có điều gì đó chưa đúng lắm: {0}</translation>
    </message>
    <message>
        <source>The file could not be read or saved. Check there is space and you can write there.</source>
        <translation>Không đọc hoặc lưu được tệp. Hãy kiểm tra xem còn chỗ trống và bạn có thể ghi vào đó không.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Đã có lỗi xảy ra. Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>SettingsButton</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Text size, colours, locking, passphrase and backup (Ctrl+,)</source>
        <translation>Cỡ chữ, màu sắc, khóa, cụm mật khẩu và sao lưu (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Name and look</source>
        <translation>Tên và giao diện</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Người tin cậy</translation>
    </message>
    <message>
        <source>Pieces I keep</source>
        <translation>Mảnh tôi giữ</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Các trang cài đặt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>&amp;Lưu tên</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Bất kỳ ai dùng máy tính này đều thấy được tên này.</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Cỡ chữ theo phần trăm</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Màu sắc</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Dễ đọc: câu ngắn, chữ to hơn và có hình</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Dễ đọc</translation>
    </message>
    <message>
        <source>Saved. Close Settings to see it.</source>
        <translation>Đã lưu. Hãy đóng Cài đặt để thấy thay đổi.</translation>
    </message>
    <message>
        <source>Saved. The app changes to it when you close Settings.</source>
        <translation>Đã lưu. Ứng dụng sẽ đổi sang khi bạn đóng Cài đặt.</translation>
    </message>
    <message>
        <source>Saved. It is now called {0}.</source>
        <translation>Đã lưu. Giờ nó có tên là {0}.</translation>
    </message>
    <message>
        <source>Text size goes from {low} % to {high} %. It is {now} % now.</source>
        <translation>Cỡ chữ từ {low} % đến {high} %. Hiện giờ là {now} %.</translation>
    </message>
    <message>
        <source>It also locks when you press Lock or Hide now.</source>
        <translation>Nó cũng khóa khi bạn bấm Khóa hoặc Ẩn ngay.</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> phút</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is one file. It has your whole passport in it. Your recovery code opens it. Keep the file safe. Keep it away from this laptop, for example on a USB stick.</source>
        <translation>Bản sao lưu là một tệp. Nó chứa toàn bộ sổ tay của bạn. Mã khôi phục của bạn mở được nó. Hãy giữ tệp an toàn. Hãy cất nó xa máy tính này, ví dụ trong một USB.</translation>
    </message>
    <message>
        <source>Lock by itself after this many minutes without use</source>
        <translation>Tự khóa sau từng này phút không dùng đến</translation>
    </message>
    <message>
        <source>&amp;Lock by itself after</source>
        <translation>Tự khóa &amp;sau</translation>
    </message>
    <message>
        <source>It also locks at once when you press Lock, or Hide now (Ctrl+Shift+H).</source>
        <translation>Nó cũng khóa ngay khi bạn bấm Khóa, hoặc Ẩn ngay (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Cụm mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Đổi cụm mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>You can change your passphrase here. Type the one you use now. Then type a new one two times.</source>
        <translation>Bạn có thể đổi cụm mật khẩu ở đây. Gõ cụm mật khẩu bạn đang dùng. Rồi gõ một cụm mới hai lần.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Đang đổi…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase next time.</source>
        <translation>Xong. Lần tới hãy dùng cụm mật khẩu mới của bạn.</translation>
    </message>
    <message>
        <source>A backup is one file with your whole passport. Your recovery code opens it. Keep it somewhere safe, away from this laptop.</source>
        <translation>Bản sao lưu là một tệp chứa toàn bộ sổ tay của bạn. Mã khôi phục của bạn mở được nó. Hãy cất nó ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Lưu &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Lưu bản sao lưu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Remind me to save a backup after this many days (0: never)</source>
        <translation>Nhắc tôi lưu bản sao lưu sau từng này ngày (0: không bao giờ)</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;Nhắc tôi sau</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>What this is</source>
        <translation>Đây là gì</translation>
    </message>
    <message>
        <source>Give it a name</source>
        <translation>Đặt tên cho nó</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Chọn một cụm mật khẩu</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>Locking it safely… this takes a moment.</source>
        <translation>Đang khóa an toàn… việc này mất một chút thời gian.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>&amp;Easy read: short sentences, bigger text and pictures</source>
        <translation>&amp;Dễ đọc: câu ngắn, chữ to hơn và có hình</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Dễ đọc</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place. Then you don&apos;t have to tell your story again.</source>
        <translation>Giữ những điều quan trọng về bạn ở một nơi. Rồi bạn không phải kể lại câu chuyện của mình nữa.</translation>
    </message>
    <message>
        <source>It is yours. Nothing is shared unless you say so.</source>
        <translation>Nó là của bạn. Không có gì được chia sẻ trừ khi bạn muốn.</translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked. Only you know the passphrase.</source>
        <translation>Nó ở trên máy tính này. Nó được khóa. Chỉ bạn biết cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Your practitioner profile</source>
        <translation>Hồ sơ chuyên viên của bạn</translation>
    </message>
    <message>
        <source>Your practitioner profile keeps the passports young people share with you, so you can read and print them.</source>
        <translation>Hồ sơ chuyên viên của bạn giữ các sổ tay mà các bạn trẻ chia sẻ với bạn, để bạn đọc và in ra.</translation>
    </message>
    <message>
        <source>Give each young person your card first. What they share is made for you alone, and it is deleted when the time they chose is up.</source>
        <translation>Hãy đưa thẻ của bạn cho từng bạn trẻ trước. Những gì họ chia sẻ chỉ dành riêng cho bạn, và sẽ bị xóa khi hết thời gian họ đã chọn.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>Nó ở trên máy tính này, được khóa bằng một cụm mật khẩu chỉ bạn biết. Không có gì được gửi qua internet.</translation>
    </message>
    <message>
        <source>Help a young person</source>
        <translation>Giúp một bạn trẻ</translation>
    </message>
    <message>
        <source>Help a young person keep their passport up to date: write down what you know helps them, and send it as suggestions they choose to add.</source>
        <translation>Giúp một bạn trẻ giữ sổ tay của mình luôn mới: ghi lại những gì bạn biết là giúp ích cho bạn ấy, và gửi đi dưới dạng gợi ý để bạn ấy chọn thêm vào.</translation>
    </message>
    <message>
        <source>They decide. Each suggestion can be added as it is, changed or left out. Nothing goes into their passport unless they choose it.</source>
        <translation>Bạn ấy quyết định. Mỗi gợi ý có thể được thêm nguyên vẹn, sửa lại hoặc bỏ qua. Không có gì vào sổ tay của bạn ấy trừ khi bạn ấy chọn.</translation>
    </message>
    <message>
        <source>Your drafts stay on this computer, locked with a passphrase that only you know.</source>
        <translation>Bản nháp của bạn ở trên máy tính này, được khóa bằng một cụm mật khẩu chỉ bạn biết.</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you or the young person need help right now, call Samaritans on 116 123 or text SHOUT to 85258. In an emergency, call 999.</source>
        <translation>Đây không phải là dịch vụ khẩn cấp. Nếu bạn hoặc bạn trẻ cần giúp đỡ ngay bây giờ, hãy gọi Samaritans số 116 123 hoặc nhắn SHOUT đến 85258. Trong trường hợp cấp cứu, hãy gọi 999.</translation>
    </message>
    <message>
        <source>A place that&apos;s yours</source>
        <translation>Một nơi của riêng bạn</translation>
    </message>
    <message>
        <source>Keep what matters about you in one place: who you are, what you&apos;re good at, what helps and who matters. Then you don&apos;t have to tell your story again every time something changes.</source>
        <translation>Giữ những điều quan trọng về bạn ở một nơi: bạn là ai, bạn giỏi điều gì, điều gì giúp bạn và ai quan trọng với bạn. Như vậy bạn không phải kể lại câu chuyện của mình mỗi khi có điều gì thay đổi.</translation>
    </message>
    <message>
        <source>It belongs to you. Nothing is shared unless you choose to share it.</source>
        <translation>Nó thuộc về bạn. Không có gì được chia sẻ trừ khi bạn chọn chia sẻ.</translation>
    </message>
    <message>
        <source>It stays on this computer, locked with a passphrase that only you know.</source>
        <translation>Nó ở trên máy tính này, được khóa bằng một cụm mật khẩu chỉ bạn biết.</translation>
    </message>
    <message>
        <source>Anyone on this computer can see this name. It doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Bất kỳ ai dùng máy tính này đều thấy được tên này. Tên không cần nói bên trong có gì.</translation>
    </message>
    <message>
        <source>Pick a name that feels like yours. You can change it later.</source>
        <translation>Chọn một cái tên mà bạn thấy là của mình. Bạn có thể đổi sau.</translation>
    </message>
    <message>
        <source>You see it only now. If you lose the passphrase and this code, nobody can open it. Not even us. Trusted people can help you back in: choose them later in Settings.</source>
        <translation>Bạn chỉ thấy mã này lúc này thôi. Nếu bạn mất cụm mật khẩu và mã này, không ai mở được. Kể cả chúng tôi. Những người tin cậy có thể giúp bạn vào lại: hãy chọn họ sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open your passport, not even us, unless you set up trusted people (Settings, then Trusted people): two of them can help you back in.</source>
        <translation>Đây là lần duy nhất mã được hiện ra. Nếu bạn mất cả cụm mật khẩu lẫn mã này, không ai mở được sổ tay của bạn, kể cả chúng tôi, trừ khi bạn đã thiết lập những người tin cậy (Cài đặt, rồi Người tin cậy): hai người trong số họ có thể giúp bạn vào lại.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>For example: My story</source>
        <translation>Ví dụ: Câu chuyện của tôi</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Gợi ý:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Câu chuyện của tôi</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Tất cả về tôi</translation>
    </message>
    <message>
        <source>Blue notebook</source>
        <translation>Cuốn sổ xanh</translation>
    </message>
    <message>
        <source>Use the name {0}</source>
        <translation>Dùng tên {0}</translation>
    </message>
    <message>
        <source>This app is not for an emergency. Need help now? These are free, day and night:</source>
        <translation>Ứng dụng này không dùng cho trường hợp khẩn cấp. Cần giúp ngay? Những nơi này miễn phí, cả ngày lẫn đêm:</translation>
    </message>
    <message>
        <source>It is not a crisis service. If you need help right now, these are free, day and night:</source>
        <translation>Đây không phải là dịch vụ khẩn cấp. Nếu bạn cần giúp đỡ ngay bây giờ, những nơi này miễn phí, cả ngày lẫn đêm:</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it can be a disguise: it doesn&apos;t have to say what&apos;s inside.</source>
        <translation>Bất kỳ ai dùng máy tính này đều thấy được tên này, nên nó có thể là một cái tên ngụy trang: không cần nói bên trong có gì.</translation>
    </message>
    <message>
        <source>This name is shown in the list on this computer. You can change it later.</source>
        <translation>Tên này hiện trong danh sách trên máy tính này. Bạn có thể đổi sau.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Hồ sơ công việc</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Ví dụ: Công việc</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name.</source>
        <translation>Bất kỳ ai dùng máy tính này đều thấy được tên này.</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Giúp đỡ</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Home notes</source>
        <translation>Ghi chú ở nhà</translation>
    </message>
    <message>
        <source>For example: Helping</source>
        <translation>Ví dụ: Giúp đỡ</translation>
    </message>
    <message>
        <source>Anyone using this computer can see this name, so it&apos;s best not to use the young person&apos;s name.</source>
        <translation>Bất kỳ ai dùng máy tính này đều thấy được tên này, nên tốt nhất là đừng dùng tên của bạn trẻ.</translation>
    </message>
    <message>
        <source>This opens it. A few words you will remember but others won&apos;t guess work well, like &quot;purple kettle on a Tuesday&quot;.</source>
        <translation>Cái này để mở nó. Vài chữ mà bạn sẽ nhớ nhưng người khác khó đoán là tốt nhất, như &quot;ấm nước tím ngày thứ Ba&quot;.</translation>
    </message>
    <message>
        <source>This opens it. Use a few words you will remember. For example: purple kettle on a Tuesday.</source>
        <translation>Cụm này mở sổ tay. Hãy dùng vài chữ mà bạn sẽ nhớ. Ví dụ: ấm nước tím ngày thứ Ba.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens it instead. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Nếu bạn quên cụm mật khẩu, mã này sẽ mở được thay thế. Hãy ghi lại hoặc in ra, và cất ở nơi an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? This code opens it instead. Write it down. Keep it safe, away from this computer.</source>
        <translation>Quên cụm mật khẩu? Mã này mở được thay thế. Hãy ghi lại. Cất nó an toàn, xa máy tính này.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or what was shared with you, not even us.</source>
        <translation>Đây là lần duy nhất mã được hiện ra. Nếu bạn mất cả cụm mật khẩu lẫn mã này, không ai mở được hồ sơ này hay những gì đã được chia sẻ với bạn, kể cả chúng tôi.</translation>
    </message>
    <message>
        <source>This is the only time it is shown. If you lose both your passphrase and this code, nobody can open this profile or your drafts, not even us.</source>
        <translation>Đây là lần duy nhất mã được hiện ra. Nếu bạn mất cả cụm mật khẩu lẫn mã này, không ai mở được hồ sơ này hay các bản nháp của bạn, kể cả chúng tôi.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Bước {0} trên {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiế&amp;p</translation>
    </message>
    <message>
        <source>&amp;Make it</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>I&apos;ve kept it, &amp;start</source>
        <translation>Tôi đã cất giữ, &amp;bắt đầu</translation>
    </message>
</context>
<context>
    <name>ShareHistoryModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Đã được thay bằng một bản mới hơn</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>{0}; they opened it on {1}</source>
        <translation>{0}; họ đã mở vào {1}</translation>
    </message>
    <message>
        <source>{0}; they replied on {1}</source>
        <translation>{0}; họ đã phản hồi vào {1}</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>Chia sẻ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>an entry since erased</source>
        <translation>một mục nay đã xóa</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>Cho {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ShareRepliesView</name>
    <message>
        <source>Replies to this share</source>
        <translation>Phản hồi cho lần chia sẻ này</translation>
    </message>
    <message>
        <source>{name} replied on {date}</source>
        <translation>{name} đã phản hồi vào {date}</translation>
    </message>
    <message>
        <source>What {name} will do about ‘{title}’: {note}</source>
        <translation>Việc {name} sẽ làm về ‘{title}’: {note}</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <translation>Bạn muốn chia sẻ gì?</translation>
    </message>
    <message>
        <source>Choose all my &amp;important-now entries</source>
        <translation>Chọn tất cả các mục q&amp;uan trọng lúc này của tôi</translation>
    </message>
    <message>
        <source>Choose all my important-now entries</source>
        <translation>Chọn tất cả các mục quan trọng lúc này của tôi</translation>
    </message>
    <message>
        <source>C&amp;lear my choice</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Entries, by section</source>
        <translation>&amp;Các mục, theo phần</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Các mục để chia sẻ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Chưa chọn gì.</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Ảnh: {0}</translation>
    </message>
    <message>
        <source>Sound: {0}</source>
        <translation>Âm thanh: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Tệp: {0}</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Dành cho ai?</translation>
    </message>
    <message>
        <source>Someone whose &amp;card I have</source>
        <translation>Một người mà tôi &amp;có thẻ</translation>
    </message>
    <message>
        <source>Someone whose card I have</source>
        <translation>Một người mà tôi có thẻ</translation>
    </message>
    <message>
        <source>Someone &amp;without the app&apos;s card</source>
        <translation>Một người &amp;không có thẻ của ứng dụng</translation>
    </message>
    <message>
        <source>Someone without the app&apos;s card</source>
        <translation>Một người không có thẻ của ứng dụng</translation>
    </message>
    <message>
        <source>People whose card you have</source>
        <translation>Những người mà bạn có thẻ</translation>
    </message>
    <message>
        <source>You haven&apos;t added anyone&apos;s card yet. Add one on the People page, or share with someone without the app&apos;s card.</source>
        <translation>Bạn chưa thêm thẻ của ai. Hãy thêm ở trang Mọi người, hoặc chia sẻ với một người không có thẻ của ứng dụng.</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>&amp;Tên của họ</translation>
    </message>
    <message>
        <source>&amp;Your name, as they will see it</source>
        <translation>Tên của bạn, như họ sẽ t&amp;hấy</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Tên của họ</translation>
    </message>
    <message>
        <source>Tick what you want to share. Nothing else goes.</source>
        <translation>Đánh dấu những gì bạn muốn chia sẻ. Không có gì khác được gửi đi.</translation>
    </message>
    <message>
        <source>Nothing is chosen until you tick it. Pictures and sounds go with their entry unless you untick them.</source>
        <translation>Không có gì được chọn cho đến khi bạn đánh dấu. Ảnh và âm thanh đi kèm mục của chúng trừ khi bạn bỏ đánh dấu.</translation>
    </message>
    <message>
        <source>(important now)</source>
        <translation>(quan trọng lúc này)</translation>
    </message>
    <message>
        <source>Put what people should know &amp;first at the top</source>
        <translation>Đặt điều &amp;mọi người nên biết trước tiên ở trên cùng</translation>
    </message>
    <message>
        <source>What people should know first: write it on Home to share it</source>
        <translation>Điều mọi người nên biết trước tiên: hãy viết ở Trang chủ để chia sẻ</translation>
    </message>
    <message>
        <source>Share what people should know first</source>
        <translation>Chia sẻ điều mọi người nên biết trước tiên</translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>Đã chọn %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no cards yet. Add one on the People page.</source>
        <translation>Bạn chưa có thẻ nào. Hãy thêm một thẻ ở trang Mọi người.</translation>
    </message>
    <message>
        <source>For example: Ms Green at school</source>
        <translation>Ví dụ: Cô Green ở trường</translation>
    </message>
    <message>
        <source>The app makes a passphrase for the file. Say it to them. Never send it with the file.</source>
        <translation>Ứng dụng tạo một cụm mật khẩu cho tệp. Hãy nói nó cho họ. Đừng bao giờ gửi nó cùng với tệp.</translation>
    </message>
    <message>
        <source>The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, never in the same message as the file.</source>
        <translation>Ứng dụng sẽ tạo một cụm mật khẩu cho tệp. Bạn nói miệng cho họ, gặp trực tiếp hoặc qua điện thoại, không bao giờ gửi cùng tin nhắn với tệp.</translation>
    </message>
    <message>
        <source>You have not checked the card numbers with {0} yet. You can still share. But it is better to check the numbers with them first. Do it on the People page.</source>
        <translation>Bạn chưa kiểm tra các con số trên thẻ với {0}. Bạn vẫn có thể chia sẻ. Nhưng tốt hơn là kiểm tra các con số với họ trước. Hãy làm việc đó ở trang Mọi người.</translation>
    </message>
    <message>
        <source>You haven&apos;t compared card numbers with {0} yet. You can still share, but if you can, check the numbers with them first (on the People page).</source>
        <translation>Bạn chưa so sánh các con số trên thẻ với {0}. Bạn vẫn có thể chia sẻ, nhưng nếu được, hãy kiểm tra các con số với họ trước (ở trang Mọi người).</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Trong bao lâu?</translation>
    </message>
    <message>
        <source>Why are you sharing it?</source>
        <translation>Vì sao bạn chia sẻ?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>For how long, and why?</source>
        <translation>Trong bao lâu, và vì sao?</translation>
    </message>
    <message>
        <source>When the time is up, their app deletes it.</source>
        <translation>Khi hết thời gian, ứng dụng của họ sẽ xóa nó.</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 thán&amp;g</translation>
    </message>
    <message>
        <source>&amp;1 week</source>
        <translation>&amp;1 tuần</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 tháng</translation>
    </message>
    <message>
        <source>Until a &amp;date:</source>
        <translation>Đến một &amp;ngày:</translation>
    </message>
    <message>
        <source>Until this date</source>
        <translation>Đến ngày này</translation>
    </message>
    <message>
        <source>&amp;Why? They will see this.</source>
        <translation>&amp;Vì sao? Họ sẽ thấy điều này.</translation>
    </message>
    <message>
        <source>&amp;Why are you sharing it? They will see this.</source>
        <translation>&amp;Vì sao bạn chia sẻ? Họ sẽ thấy điều này.</translation>
    </message>
    <message>
        <source>Why you are sharing it</source>
        <translation>Vì sao bạn chia sẻ</translation>
    </message>
    <message>
        <source>For example: moving to a new school</source>
        <translation>Ví dụ: chuyển sang trường mới</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Tên của bạn, như bạn ấy sẽ thấy</translation>
    </message>
    <message>
        <source>Preview of the shared file</source>
        <translation>Xem trước tệp chia sẻ</translation>
    </message>
    <message>
        <source>This is exactly what {0} will see</source>
        <translation>Đây chính xác là những gì {0} sẽ thấy</translation>
    </message>
    <message>
        <source>This takes the place of what you shared with {0} on {1}. When they open this one, their app deletes the old one.</source>
        <translation>Cái này thay thế những gì bạn đã chia sẻ với {0} vào {1}. Khi họ mở cái này, ứng dụng của họ sẽ xóa cái cũ.</translation>
    </message>
    <message>
        <source>This replaces what you shared with {0} on {1}. Their app deletes that one when they open this.</source>
        <translation>Cái này thay thế những gì bạn đã chia sẻ với {0} vào {1}. Ứng dụng của họ sẽ xóa bản đó khi họ mở bản này.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It won&apos;t go this time, unless you tick it.</source>
        <translation>Lần trước, điều mọi người nên biết trước tiên đã được gửi tới {0}. Lần này nó sẽ không được gửi, trừ khi bạn đánh dấu.</translation>
    </message>
    <message>
        <source>Last time, what people should know first went to {0}. It is empty now. So it won&apos;t go this time.</source>
        <translation>Lần trước, điều mọi người nên biết trước tiên đã được gửi tới {0}. Giờ phần đó đang trống. Vì vậy lần này nó sẽ không được gửi.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It won&apos;t go with this one unless you tick it.</source>
        <translation>Điều mọi người nên biết trước tiên đã được gửi kèm lần chia sẻ trước với {0}. Lần này nó sẽ không được gửi trừ khi bạn đánh dấu.</translation>
    </message>
    <message>
        <source>What people should know first went with your last share to {0}. It is empty now, so it won&apos;t go with this one.</source>
        <translation>Điều mọi người nên biết trước tiên đã được gửi kèm lần chia sẻ trước với {0}. Giờ phần đó đang trống, nên lần này sẽ không được gửi.</translation>
    </message>
    <message>
        <source>new: what people should know first</source>
        <translation>mới: điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>changed: what people should know first</source>
        <translation>đã thay đổi: điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>no longer shared: what people should know first</source>
        <translation>không còn chia sẻ: điều mọi người nên biết trước tiên</translation>
    </message>
    <message>
        <source>new: {0}</source>
        <translation>mới: {0}</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>đã thay đổi: {0}</translation>
    </message>
    <message>
        <source>no longer shared: {0}</source>
        <translation>không còn chia sẻ: {0}</translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>không còn chia sẻ: %n mục bạn đã xóa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since you last shared with {0} on {1}.</source>
        <translation>Không có gì thay đổi kể từ lần bạn chia sẻ với {0} vào {1}.</translation>
    </message>
    <message>
        <source>Since you last shared with {0} on {1}: {2}.</source>
        <translation>Kể từ lần bạn chia sẻ với {0} vào {1}: {2}.</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Đang lưu tệp</translation>
    </message>
    <message>
        <source>The passphrase. Read it to them, by voice:</source>
        <translation>Cụm mật khẩu. Hãy đọc cho họ nghe, bằng lời nói:</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Cho {0}</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>Lưu tệp chia sẻ</translation>
    </message>
    <message>
        <source>Shared files (*{0})</source>
        <translation>Tệp chia sẻ (*{0})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” is saved. It holds {1} for {2}, until the end of {3}.</source>
        <translation>Đã lưu “{0}”. Nó chứa {1} cho {2}, đến hết ngày {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records; that copy stays after it ends.</source>
        <translation>Họ có thể sao chép vào hồ sơ lưu trữ của họ; bản sao đó vẫn còn sau khi hết hạn.</translation>
    </message>
    <message>
        <source>Give them the file. It opens only with the passphrase below.</source>
        <translation>Hãy đưa tệp cho họ. Nó chỉ mở được bằng cụm mật khẩu bên dưới.</translation>
    </message>
    <message>
        <source>Give them the file, on a USB stick or by email. Only their app can open it.</source>
        <translation>Hãy đưa tệp cho họ, bằng USB hoặc qua email. Chỉ ứng dụng của họ mở được nó.</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>Cụm mật khẩu: {0}</translation>
    </message>
    <message>
        <source>“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.</source>
        <translation>Đã lưu “{0}”. Nó chứa {1} cho {2}. Nó mở được đến hết ngày {3}.</translation>
    </message>
    <message>
        <source>They may copy it into their records. That copy stays after the end.</source>
        <translation>Họ có thể sao chép vào hồ sơ lưu trữ của họ. Bản sao đó vẫn còn sau khi hết hạn.</translation>
    </message>
    <message>
        <source>Give them the file. Use a USB stick or email. Only their app can open it.</source>
        <translation>Hãy đưa tệp cho họ. Dùng USB hoặc email. Chỉ ứng dụng của họ mở được nó.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Không có gì được chia sẻ.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Bước {0} trên {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiế&amp;p</translation>
    </message>
    <message>
        <source>&amp;See it first</source>
        <translation>Xem t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Lưu tệp…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Xong</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Pages and actions</source>
        <translation>Các trang và thao tác</translation>
    </message>
</context>
<context>
    <name>SoundRecorderDialog</name>
    <message>
        <source>Record a sound</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <source>Record your voice, music or anything you like. It stays on this computer, locked in your passport, and only if you keep it.</source>
        <translation>Ghi giọng nói của bạn, âm nhạc hay bất cứ gì bạn thích. Nó ở lại trên máy tính này, được khóa trong sổ tay của bạn, và chỉ khi bạn giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Mức âm thanh</translation>
    </message>
    <message>
        <source>No microphone was found on this computer. You can still add a sound from a file.</source>
        <translation>Không tìm thấy micrô nào trên máy tính này. Bạn vẫn có thể thêm âm thanh từ một tệp.</translation>
    </message>
    <message>
        <source>&amp;Keep this sound</source>
        <translation>Giữ âm thanh &amp;này</translation>
    </message>
    <message>
        <source>Keep this sound</source>
        <translation>Giữ âm thanh này</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đóng &amp;lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Discard this sound</source>
        <translation>Bỏ âm thanh này đi</translation>
    </message>
    <message>
        <source>The microphone can&apos;t be used just now. Check it is plugged in, then try again.</source>
        <translation>Lúc này chưa dùng được micrô. Hãy kiểm tra micrô đã cắm chưa, rồi thử lại.</translation>
    </message>
    <message>
        <source>That&apos;s the longest a sound can be. Listen to it, then keep it or discard it.</source>
        <translation>Đó là độ dài tối đa của một âm thanh. Hãy nghe lại, rồi giữ hoặc bỏ đi.</translation>
    </message>
    <message>
        <source>The microphone stopped. What was recorded so far is still here.</source>
        <translation>Micrô đã dừng. Phần đã ghi đến giờ vẫn còn ở đây.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Tạm dừng ghi</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <source>&amp;Carry on recording</source>
        <translation>Ghi &amp;tiếp</translation>
    </message>
    <message>
        <source>Carry on recording</source>
        <translation>Ghi tiếp</translation>
    </message>
    <message>
        <source>Paused. You can listen, carry on, keep it or discard it.</source>
        <translation>Đã tạm dừng. Bạn có thể nghe, ghi tiếp, giữ lại hoặc bỏ đi.</translation>
    </message>
    <message>
        <source>Sound level: paused</source>
        <translation>Mức âm thanh: tạm dừng</translation>
    </message>
    <message>
        <source>Sound level: nothing heard</source>
        <translation>Mức âm thanh: không nghe thấy gì</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>Mức âm thanh: nhỏ</translation>
    </message>
    <message>
        <source>Sound level: good</source>
        <translation>Mức âm thanh: tốt</translation>
    </message>
    <message>
        <source>Sound level: very loud</source>
        <translation>Mức âm thanh: rất to</translation>
    </message>
    <message>
        <source>{recorded} recorded, {left} left</source>
        <translation>Đã ghi {recorded}, còn {left}</translation>
    </message>
    <message>
        <source>your recording</source>
        <translation>bản ghi âm của bạn</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>There is no voice for {language} on this computer, so this can&apos;t be read aloud. A voice can be added in the computer&apos;s own settings.</source>
        <translation>Máy tính này không có giọng đọc cho {language}, nên không thể đọc to. Có thể thêm giọng đọc trong phần cài đặt của máy tính.</translation>
    </message>
    <message>
        <source>Reading aloud isn&apos;t working on this computer just now.</source>
        <translation>Đọc to hiện không hoạt động trên máy tính này.</translation>
    </message>
    <message>
        <source>Reading aloud needs the computer&apos;s speech, and it isn&apos;t working here. On Linux, installing speech-dispatcher and espeak-ng gives it.</source>
        <translation>Đọc to cần chức năng giọng nói của máy tính, và chức năng này không chạy ở đây. Trên Linux, cài speech-dispatcher và espeak-ng sẽ có chức năng này.</translation>
    </message>
</context>
<context>
    <name>SpokenTicks</name>
    <message>
        <source>Ticked.</source>
        <translation>Đã đánh dấu.</translation>
    </message>
    <message>
        <source>Some ticked.</source>
        <translation>Một số đã đánh dấu.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Chưa đánh dấu.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>This is the demo. Its passphrase is: {0}</source>
        <translation>Đây là bản thử. Cụm mật khẩu của nó là: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Say It Once</source>
        <translation>Say It Once</translation>
    </message>
    <message>
        <source>Your words are saved</source>
        <translation>Lời bạn viết đã được lưu</translation>
    </message>
    <message>
        <source>What you typed when there was no space left is saved now.</source>
        <translation>Những gì bạn gõ lúc hết chỗ trống giờ đã được lưu.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
</context>
<context>
    <name>StarterSections</name>
    <message>
        <source>About me</source>
        <translation>Về tôi</translation>
    </message>
    <message>
        <source>What would you like people to know about you?</source>
        <translation>Bạn muốn mọi người biết gì về bạn?</translation>
    </message>
    <message>
        <source>What would they like people to know about them?</source>
        <translation>Bạn ấy muốn mọi người biết gì về mình?</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Điểm mạnh của tôi</translation>
    </message>
    <message>
        <source>What are you good at? What do people like about you?</source>
        <translation>Bạn giỏi điều gì? Mọi người thích gì ở bạn?</translation>
    </message>
    <message>
        <source>What are they good at? What do people like about them?</source>
        <translation>Bạn ấy giỏi điều gì? Mọi người thích gì ở bạn ấy?</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Điều giúp ích</translation>
    </message>
    <message>
        <source>What helps when you feel stressed or low?</source>
        <translation>Điều gì giúp bạn khi bạn thấy căng thẳng hoặc buồn?</translation>
    </message>
    <message>
        <source>What helps them when they feel stressed or low?</source>
        <translation>Điều gì giúp bạn ấy khi bạn ấy thấy căng thẳng hoặc buồn?</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Điều không giúp ích</translation>
    </message>
    <message>
        <source>What makes things harder for you?</source>
        <translation>Điều gì làm mọi thứ khó hơn với bạn?</translation>
    </message>
    <message>
        <source>What makes things harder for them?</source>
        <translation>Điều gì làm mọi thứ khó hơn với bạn ấy?</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>Những người quan trọng</translation>
    </message>
    <message>
        <source>Who is important to you?</source>
        <translation>Ai là người quan trọng với bạn?</translation>
    </message>
    <message>
        <source>Who is important to them?</source>
        <translation>Ai là người quan trọng với bạn ấy?</translation>
    </message>
    <message>
        <source>What worked before</source>
        <translation>Điều đã giúp trước đây</translation>
    </message>
    <message>
        <source>What has helped in the past?</source>
        <translation>Điều gì đã giúp bạn trước đây?</translation>
    </message>
    <message>
        <source>What has helped them in the past?</source>
        <translation>Điều gì đã giúp bạn ấy trước đây?</translation>
    </message>
    <message>
        <source>When things get hard</source>
        <translation>Khi mọi chuyện trở nên khó khăn</translation>
    </message>
    <message>
        <source>What should people do when things get hard for you?</source>
        <translation>Mọi người nên làm gì khi mọi chuyện trở nên khó khăn với bạn?</translation>
    </message>
    <message>
        <source>What should people do when things get hard for them?</source>
        <translation>Mọi người nên làm gì khi mọi chuyện trở nên khó khăn với bạn ấy?</translation>
    </message>
    <message>
        <source>Hopes and plans</source>
        <translation>Hy vọng và dự định</translation>
    </message>
    <message>
        <source>What are you looking forward to?</source>
        <translation>Bạn đang mong chờ điều gì?</translation>
    </message>
    <message>
        <source>What are they looking forward to?</source>
        <translation>Bạn ấy đang mong chờ điều gì?</translation>
    </message>
    <message>
        <source>Changes coming up</source>
        <translation>Những thay đổi sắp tới</translation>
    </message>
    <message>
        <source>Is anything about to change, like a move or a new school?</source>
        <translation>Có điều gì sắp thay đổi không, như chuyển nhà hay trường mới?</translation>
    </message>
    <message>
        <source>Is anything about to change for them, like a move or a new school?</source>
        <translation>Có điều gì sắp thay đổi với bạn ấy không, như chuyển nhà hay trường mới?</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Change it, then add it</source>
        <translation>Sửa rồi thêm vào</translation>
    </message>
    <message>
        <source>Change the suggestion, then add it</source>
        <translation>Sửa gợi ý, rồi thêm vào</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Biến nó thành của bạn</translation>
    </message>
    <message>
        <source>Suggested by {name}. Change anything you like; only what you add is kept.</source>
        <translation>Do {name} gợi ý. Hãy sửa bất cứ điều gì bạn muốn; chỉ những gì bạn thêm vào mới được giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Add to my passport</source>
        <translation>Thêm vào &amp;sổ tay của tôi</translation>
    </message>
    <message>
        <source>Add to my passport</source>
        <translation>Thêm vào sổ tay của tôi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Not now: keep it waiting</source>
        <translation>Để sau: để nó chờ đó</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Lời viết</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Lời viết</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Phần</translation>
    </message>
    <message>
        <source>&amp;Important now</source>
        <translation>&amp;Quan trọng lúc này</translation>
    </message>
    <message>
        <source>Important now</source>
        <translation>Quan trọng lúc này</translation>
    </message>
</context>
<context>
    <name>SuggestionInboxView</name>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Ideas from people who help you. Nothing goes into your passport unless you add it.</source>
        <translation>Ý tưởng từ những người giúp đỡ bạn. Không có gì vào sổ tay của bạn trừ khi bạn thêm vào.</translation>
    </message>
    <message>
        <source>&amp;Open suggestions…</source>
        <translation>&amp;Mở gợi ý…</translation>
    </message>
    <message>
        <source>Open a file of suggestions</source>
        <translation>Mở một tệp gợi ý</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Đang mở tệp</translation>
    </message>
    <message>
        <source>Nothing waiting. When someone who helps you gives you a file of suggestions, open it here.</source>
        <translation>Không có gì đang chờ. Khi ai đó giúp đỡ bạn đưa cho bạn một tệp gợi ý, hãy mở nó ở đây.</translation>
    </message>
    <message>
        <source>Suggestions waiting for you</source>
        <translation>Các gợi ý đang chờ bạn</translation>
    </message>
    <message>
        <source>&amp;Waiting for you</source>
        <translation>Đang &amp;chờ bạn</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>The suggestion, beside what it relates to</source>
        <translation>Gợi ý, bên cạnh điều nó liên quan</translation>
    </message>
    <message>
        <source>&amp;Add it to my passport</source>
        <translation>&amp;Thêm nó vào sổ tay của tôi</translation>
    </message>
    <message>
        <source>Add it to my passport as it is</source>
        <translation>Thêm nó vào sổ tay của tôi như vậy</translation>
    </message>
    <message>
        <source>&amp;Change it, then add…</source>
        <translation>&amp;Sửa rồi thêm vào…</translation>
    </message>
    <message>
        <source>Change it, then add it</source>
        <translation>Sửa rồi thêm vào</translation>
    </message>
    <message>
        <source>&amp;No, thanks…</source>
        <translation>&amp;Không, cảm ơn…</translation>
    </message>
    <message>
        <source>Say no to this suggestion</source>
        <translation>Từ chối gợi ý này</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message>
        <source>No, thanks: leave this suggestion out</source>
        <translation>Không, cảm ơn: bỏ qua gợi ý này</translation>
    </message>
    <message>
        <source>No, thanks to “{title}”? It won&apos;t go in your passport, and this suggestion won&apos;t be kept here.</source>
        <translation>Nói không, cảm ơn với “{title}”? Nó sẽ không vào sổ tay của bạn, và gợi ý này sẽ không được giữ lại ở đây.</translation>
    </message>
    <message>
        <source>No, thanks: “{title}” won&apos;t go in your passport.</source>
        <translation>Không, cảm ơn: “{title}” sẽ không vào sổ tay của bạn.</translation>
    </message>
    <message>
        <source>Keep it for now</source>
        <translation>Giữ lại lúc này</translation>
    </message>
    <message>
        <source>Already in your passport</source>
        <translation>Đã có trong sổ tay của bạn</translation>
    </message>
    <message>
        <source>Nothing like it yet.</source>
        <translation>Chưa có gì giống vậy.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Mở gợi ý</translation>
    </message>
    <message>
        <source>Suggestions (*{0});;Any file (*)</source>
        <translation>Gợi ý (*{0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening and checking the file…</source>
        <translation>Đang mở và kiểm tra tệp…</translation>
    </message>
    <message>
        <source>You have already seen everything in this file from {name}.</source>
        <translation>Bạn đã xem hết mọi thứ trong tệp này từ {name}.</translation>
    </message>
    <message>
        <source>{name} sent a suggestion. Nothing is in your passport until you add it.</source>
        <translation>{name} đã gửi một gợi ý. Không có gì vào sổ tay của bạn cho đến khi bạn thêm vào.</translation>
    </message>
    <message>
        <source>{name} sent {count} suggestions. Nothing is in your passport until you add it.</source>
        <translation>{name} đã gửi {count} gợi ý. Không có gì vào sổ tay của bạn cho đến khi bạn thêm vào.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Lời nhắn của họ: {0}</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Đính kèm: {0}</translation>
    </message>
    <message>
        <source>Attached picture: {0}</source>
        <translation>Ảnh đính kèm: {0}</translation>
    </message>
    <message>
        <source>Added “{title}” to {section}.</source>
        <translation>Đã thêm “{title}” vào {section}.</translation>
    </message>
    <message>
        <source>Let {name} know what you decided…</source>
        <translation>Cho {name} biết bạn đã quyết định gì…</translation>
    </message>
    <message>
        <source>Let {name} know what you decided</source>
        <translation>Cho {name} biết bạn đã quyết định gì</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>From {name}, for “{section}”</source>
        <translation>Từ {name}, cho “{section}”</translation>
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
        <translation>Cỡ chữ {0} phần trăm</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Các mục, mới nhất trước</translation>
    </message>
    <message>
        <source>Nothing here yet. What you write shows up here, newest first.</source>
        <translation>Chưa có gì ở đây. Những gì bạn viết sẽ hiện ở đây, mới nhất trước.</translation>
    </message>
    <message>
        <source>Newest first, by when it happened, or when you wrote it.</source>
        <translation>Mới nhất trước, theo lúc việc xảy ra, hoặc lúc bạn viết.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Lock it now (Ctrl+L)</source>
        <translation>Khóa ngay (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Ẩn ngay</translation>
    </message>
    <message>
        <source>Lock at once and show a blank page (Ctrl+Shift+H)</source>
        <translation>Khóa lập tức và hiện một trang trống (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>TrustedChoiceModel</name>
    <message>
        <source>numbers checked</source>
        <translation>đã kiểm tra các con số</translation>
    </message>
    <message>
        <source>numbers not checked yet</source>
        <translation>chưa kiểm tra các con số</translation>
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
        <translation>Có thể một ngày nào đó bạn mất cả cụm mật khẩu và mã khôi phục. Khi đó những người bạn tin tưởng có thể giúp bạn vào lại. Hãy chọn ba người của bạn. Mỗi người nhận một mảnh. Mảnh là một tệp nhỏ. Chỉ ứng dụng của họ mở được nó. Hai mảnh cùng nhau cho bạn vào lại. Một mảnh riêng lẻ không mở được gì.</translation>
    </message>
    <message>
        <source>If you ever lose both your passphrase and your recovery code, people you trust can help you back in. Choose three of your people. Each gets a piece: a small file that only their app can open. Any two pieces together let you back in; one piece alone opens nothing.</source>
        <translation>Nếu có lúc bạn mất cả cụm mật khẩu lẫn mã khôi phục, những người bạn tin cậy có thể giúp bạn vào lại. Hãy chọn ba người của bạn. Mỗi người nhận một mảnh: một tệp nhỏ mà chỉ ứng dụng của họ mở được. Hai mảnh bất kỳ cộng lại sẽ giúp bạn vào lại; chỉ một mảnh thì không mở được gì.</translation>
    </message>
    <message>
        <source>&amp;Choose three people</source>
        <translation>&amp;Chọn ba người</translation>
    </message>
    <message>
        <source>Choose three people</source>
        <translation>Chọn ba người</translation>
    </message>
    <message>
        <source>Chosen: {0} of 3.</source>
        <translation>Đã chọn: {0} trên 3.</translation>
    </message>
    <message>
        <source>Your &amp;name, as your trusted people know you</source>
        <translation>Tên của bạn, như những người tin cậy &amp;biết bạn</translation>
    </message>
    <message>
        <source>Your name, as your trusted people know you</source>
        <translation>Tên của bạn, như những người tin cậy biết bạn</translation>
    </message>
    <message>
        <source>Each piece says whose it is. So your card needs a name first. The name goes on your card too (My card).</source>
        <translation>Mỗi mảnh ghi rõ nó là của ai. Vì vậy thẻ của bạn cần có tên trước. Tên này cũng có trên thẻ của bạn (Thẻ của tôi).</translation>
    </message>
    <message>
        <source>Each piece says whose it is, so your card needs a name first. It goes on your card too (My card).</source>
        <translation>Mỗi mảnh ghi rõ nó là của ai, nên thẻ của bạn cần có tên trước. Tên này cũng có trên thẻ của bạn (Thẻ của tôi).</translation>
    </message>
    <message>
        <source>&amp;Use this name</source>
        <translation>&amp;Dùng tên này</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Dùng tên này</translation>
    </message>
    <message>
        <source>First add the cards of the people you trust. Do that under People. Then come back here.</source>
        <translation>Trước tiên, hãy thêm thẻ của những người bạn tin tưởng. Làm việc đó ở Mọi người. Rồi quay lại đây.</translation>
    </message>
    <message>
        <source>Add the cards of the people you trust first (People), then come back here.</source>
        <translation>Hãy thêm thẻ của những người bạn tin tưởng trước (Mọi người), rồi quay lại đây.</translation>
    </message>
    <message>
        <source>&amp;Make their pieces…</source>
        <translation>&amp;Tạo mảnh cho họ…</translation>
    </message>
    <message>
        <source>Make their pieces</source>
        <translation>Tạo mảnh cho họ</translation>
    </message>
    <message>
        <source>Making the pieces</source>
        <translation>Đang tạo các mảnh</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Người tin cậy</translation>
    </message>
    <message>
        <source>Go to &amp;People…</source>
        <translation>Đi tới &amp;Mọi người…</translation>
    </message>
    <message>
        <source>Go to People, to add cards or check their numbers</source>
        <translation>Đi tới Mọi người, để thêm thẻ hoặc kiểm tra các con số</translation>
    </message>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>Bạn cần thẻ của ba người. Hãy thêm %n thẻ nữa ở Mọi người.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>Bạn cần thẻ của ba người: hãy thêm %n thẻ nữa ở Mọi người.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>Đánh dấu ba người trong danh sách. Còn %n người cần đánh dấu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>Đánh dấu ba người trong danh sách: còn %n người cần đánh dấu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three people ticked.</source>
        <translation>Đã đánh dấu ba người.</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file. Give it by hand, or on a USB stick:</source>
        <translation>Đã lưu ba tệp trong {folder}. Hãy đưa cho mỗi người tệp của riêng họ. Đưa tận tay, hoặc bằng USB:</translation>
    </message>
    <message>
        <source>Saved three files in {folder}. Give each person their own file (by hand, or a memory stick):</source>
        <translation>Đã lưu ba tệp trong {folder}. Hãy đưa cho mỗi người tệp của riêng họ (tận tay, hoặc bằng USB):</translation>
    </message>
    <message>
        <source>First check the card numbers with {0}. Do it under People, on their card. Then you know the piece goes to the right person.</source>
        <translation>Trước tiên, hãy kiểm tra các con số trên thẻ với {0}. Làm việc đó ở Mọi người, trên thẻ của họ. Khi đó bạn biết mảnh được gửi tới đúng người.</translation>
    </message>
    <message>
        <source>Check {0}&apos;s numbers with them first (People, then their card): a piece is only as safe as the card it goes to.</source>
        <translation>Hãy kiểm tra các con số của {0} với họ trước (Mọi người, rồi thẻ của họ): một mảnh chỉ an toàn bằng tấm thẻ mà nó được gửi tới.</translation>
    </message>
    <message>
        <source>Check these people&apos;s numbers with them first (People, then their card): {0}. A piece is only as safe as the card it goes to.</source>
        <translation>Hãy kiểm tra các con số của những người này với họ trước (Mọi người, rồi thẻ của họ): {0}. Một mảnh chỉ an toàn bằng tấm thẻ mà nó được gửi tới.</translation>
    </message>
    <message>
        <source>The pieces {0} have do not work now. They are from before you restored your passport. Tick three people below to make new pieces.</source>
        <translation>Các mảnh {0} đang có giờ không dùng được. Chúng có từ trước khi bạn khôi phục sổ tay. Hãy đánh dấu ba người ở dưới để tạo mảnh mới.</translation>
    </message>
    <message>
        <source>The pieces {0} hold are from before a restore, and no longer open this passport. Tick three people below to make new ones.</source>
        <translation>Các mảnh {0} đang giữ có từ trước một lần khôi phục, và không còn mở được sổ tay này. Hãy đánh dấu ba người ở dưới để tạo mảnh mới.</translation>
    </message>
    <message>
        <source>You have no trusted people yet.</source>
        <translation>Bạn chưa có người tin cậy nào.</translation>
    </message>
    <message>
        <source>Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces stop working.</source>
        <translation>Những người tin cậy của bạn là {0}. Bạn đã tạo mảnh cho họ ngày {1}. Nếu bạn tạo mảnh mới, các mảnh cũ sẽ không dùng được nữa.</translation>
    </message>
    <message>
        <source>Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now open nothing.</source>
        <translation>Những người tin cậy của bạn là {0} (mảnh được tạo ngày {1}). Tạo mảnh mới nghĩa là các mảnh họ đang có sẽ không mở được gì nữa.</translation>
    </message>
    <message>
        <source>Choose a folder for the three pieces</source>
        <translation>Chọn một thư mục cho ba mảnh</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>They open it in their own app. They go to Settings, then Pieces I keep.</source>
        <translation>Họ mở nó trong ứng dụng của chính họ. Họ vào Cài đặt, rồi Mảnh tôi giữ.</translation>
    </message>
    <message>
        <source>In their app they open it in Settings, then Pieces I keep.</source>
        <translation>Trong ứng dụng của họ, họ mở nó ở Cài đặt, rồi Mảnh tôi giữ.</translation>
    </message>
</context>
<context>
    <name>UncheckedCode</name>
    <message>
        <source>You didn&apos;t finish making a new code. Your old code still works.</source>
        <translation>Bạn chưa tạo xong mã mới. Mã cũ của bạn vẫn dùng được.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Get back in with &amp;trusted people…</source>
        <translation>Vào lại &amp;nhờ những người tin cậy…</translation>
    </message>
    <message>
        <source>Get back in with trusted people</source>
        <translation>Vào lại nhờ những người tin cậy</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Về danh sách</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Về danh sách</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>Type your &amp;recovery code</source>
        <translation>Gõ mã &amp;khôi phục của bạn</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>The code you wrote down or printed</source>
        <translation>Mã bạn đã ghi lại hoặc in ra</translation>
    </message>
    <message>
        <source>Use my passphrase &amp;instead</source>
        <translation>Dùng cụm mật khẩu của tôi &amp;thay thế</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase</source>
        <translation>Gõ &amp;cụm mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Use my recovery code &amp;instead</source>
        <translation>Dùng mã khôi phục của tôi &amp;thay thế</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw what you shared</source>
        <translation>Rút lại những gì bạn đã chia sẻ</translation>
    </message>
    <message>
        <source>When their app opens it, it deletes what you shared and won&apos;t open that file again.</source>
        <translation>Khi ứng dụng của họ mở nó, nó sẽ xóa những gì bạn đã chia sẻ và sẽ không mở tệp đó nữa.</translation>
    </message>
    <message>
        <source>It doesn&apos;t reach them by itself: give it to them the way you gave the first file.</source>
        <translation>Nó không tự đến với họ: hãy đưa cho họ theo cách bạn đã đưa tệp đầu tiên.</translation>
    </message>
    <message>
        <source>It can&apos;t take back what they have already read, printed or written down. If that worries you, talk to them or someone you trust.</source>
        <translation>Nó không thể lấy lại những gì họ đã đọc, in ra hoặc ghi lại. Nếu điều đó làm bạn lo, hãy nói chuyện với họ hoặc với ai đó bạn tin tưởng.</translation>
    </message>
    <message>
        <source>&amp;Make the withdrawal file…</source>
        <translation>&amp;Tạo tệp rút lại…</translation>
    </message>
    <message>
        <source>Make the withdrawal file</source>
        <translation>Tạo tệp rút lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This makes a small withdrawal file for {name}, about what you shared on {date} at {time}</source>
        <translation>Việc này tạo một tệp rút lại nhỏ cho {name}, về những gì bạn đã chia sẻ vào {date} lúc {time}</translation>
    </message>
    <message>
        <source>, “{purpose}”</source>
        <translation>, “{purpose}”</translation>
    </message>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} và %n mục khác</numerusform>
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
        <translation>Viết cùng với</translation>
    </message>
    <message>
        <source>Someone who helped you write this. Choose or type a name, or leave it empty.</source>
        <translation>Người đã giúp bạn viết điều này. Chọn hoặc gõ một cái tên, hoặc để trống.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Chỉ mình tôi</translation>
    </message>
</context>
</TS>
