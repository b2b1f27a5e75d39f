<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>tthc::AddFlowCommand</name>
    <message>
        <source>Connect “%1” → “%2”</source>
        <translation>Nối “%1” → “%2”</translation>
    </message>
    <message>
        <source>A flow must connect two existing steps.</source>
        <translation>Luồng phải nối hai bước đã tồn tại.</translation>
    </message>
</context>
<context>
    <name>tthc::AddLaneCommand</name>
    <message>
        <source>Add lane “%1”</source>
        <translation>Thêm chủ thể “%1”</translation>
    </message>
    <message>
        <source>A lane with id “%1” already exists.</source>
        <translation>Đã có chủ thể mang mã “%1”.</translation>
    </message>
    <message>
        <source>Lane “%1” still holds step “%2”.</source>
        <translation>Chủ thể “%1” vẫn còn bước “%2”.</translation>
    </message>
</context>
<context>
    <name>tthc::AddStepCommand</name>
    <message>
        <source>Add step “%1”</source>
        <translation>Thêm bước “%1”</translation>
    </message>
    <message>
        <source>A step with id “%1” already exists.</source>
        <translation>Đã có bước mang mã “%1”.</translation>
    </message>
</context>
<context>
    <name>tthc::AnalysisTableModel</name>
    <message>
        <source>Procedure %1: %2</source>
        <translation>Thủ tục %1: %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>(1) Data connection, sharing
and digitisation</source>
        <translation>(1) Kết nối, chia sẻ dữ liệu
và số hóa</translation>
    </message>
    <message>
        <source>(2) Electronic
interconnection</source>
        <translation>(2) Liên thông
điện tử</translation>
    </message>
    <message>
        <source>(3) System
efficiency</source>
        <translation>(3) Hiệu quả
hệ thống</translation>
    </message>
    <message>
        <source>(4) System
performance</source>
        <translation>(4) Hiệu năng
hệ thống</translation>
    </message>
    <message>
        <source>Linked systems</source>
        <translation>Hệ thống liên kết</translation>
    </message>
    <message>
        <source>Documents reused
instead of submitted</source>
        <translation>Thành phần hồ sơ tái sử dụng
thay vì phải nộp</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Phương án đề xuất</translation>
    </message>
    <message>
        <source>Step %1 has not been analysed yet.</source>
        <translation>Bước %1 chưa được phân tích.</translation>
    </message>
    <message>
        <source>Decision for the e-process</source>
        <translation>Quyết định cho quy trình điện tử</translation>
    </message>
    <message>
        <source>Double-click to say how the step goes into the e-process (Help ▸ Derivation rules); empty fields follow the rules.</source>
        <translation>Bấm đúp để ghi bước này đi vào quy trình điện tử như thế nào (Trợ giúp ▸ Quy tắc tạo quy trình điện tử); ô để trống theo quy tắc.</translation>
    </message>
    <message>
        <source>goes online</source>
        <translation>chuyển sang trực tuyến</translation>
    </message>
    <message>
        <source>stays in person</source>
        <translation>vẫn thực hiện trực tiếp</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>trả kết quả: %1</translation>
    </message>
    <message>
        <source>named “%1”</source>
        <translation>tên “%1”</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>waits %1 d</source>
        <translation>chờ %1 ngày</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>do %1 thực hiện</translation>
    </message>
    <message>
        <source>merged into “%1”</source>
        <translation>gộp vào “%1”</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>lý do vẫn tự động hóa: %1</translation>
    </message>
</context>
<context>
    <name>tthc::AnalysisView</name>
    <message>
        <source>One point per line, e.g. “- Share the health check database”</source>
        <translation>Mỗi ý một dòng, ví dụ “- Chia sẻ cơ sở dữ liệu khám sức khỏe”</translation>
    </message>
    <message>
        <source>Every task of the as-is process has been analysed against the four criteria.</source>
        <translation>Mọi công việc của quy trình hiện trạng đã được phân tích theo bốn tiêu chí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 task(s) not analysed yet&lt;/b&gt; (highlighted). Double-click a cell to edit it; every change can be undone.</source>
        <translation>&lt;b&gt;Còn %1 công việc chưa được phân tích&lt;/b&gt; (được tô màu). Nhấp đúp vào một ô để sửa; mọi thay đổi đều có thể hoàn tác.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation>theo quy tắc</translation>
    </message>
    <message>
        <source>goes online</source>
        <translation>chuyển sang trực tuyến</translation>
    </message>
    <message>
        <source>stays in person</source>
        <translation>vẫn thực hiện trực tiếp</translation>
    </message>
    <message>
        <source>the step&apos;s name in the e-process (empty: derived)</source>
        <translation>tên bước trong quy trình điện tử (để trống: tự đặt)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>why an officer&apos;s step is automated anyway</source>
        <translation>vì sao vẫn tự động hóa bước của cán bộ</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Trực tuyến:</translation>
    </message>
    <message>
        <source>Result delivery:</source>
        <translation>Trả kết quả:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Working time:</source>
        <translation>Thời gian làm việc:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Thời gian chờ:</translation>
    </message>
    <message>
        <source>Done by (automate):</source>
        <translation>Hệ thống thực hiện (tự động hóa):</translation>
    </message>
    <message>
        <source>Reason to automate anyway:</source>
        <translation>Lý do vẫn tự động hóa:</translation>
    </message>
    <message>
        <source>Merged into (merge):</source>
        <translation>Gộp vào bước (gộp):</translation>
    </message>
</context>
<context>
    <name>tthc::AtomicFile</name>
    <message>
        <source>the disk is full (or the file is larger than allowed)</source>
        <translation>ổ đĩa đầy (hoặc tệp lớn hơn mức cho phép)</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>ổ đĩa hoặc thư mục chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>bạn không có quyền ghi vào đó</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>thư mục không tồn tại</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>đã có một thư mục mang tên đó</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>tệp đang được một chương trình khác sử dụng</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>ổ đĩa báo lỗi đọc/ghi</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The previous file, if any, is unchanged.</source>
        <translation>Không thể ghi “%1”: %2. Tệp cũ (nếu có) vẫn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>tthc::CatalogueModel</name>
    <message>
        <source>(no agency)</source>
        <translation>(chưa có cơ quan thực hiện)</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(chưa có lĩnh vực)</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Groups of linked procedures</source>
        <translation>Nhóm TTHC liên thông</translation>
    </message>
</context>
<context>
    <name>tthc::CatalogueTable</name>
    <message>
        <source>Priority only</source>
        <translation>Chỉ TTHC ưu tiên</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue of procedures&lt;/b&gt; — step 1 of the plan: choose the priority procedures and check whether each can be provided fully online. Double-click a row to open it.</source>
        <translation>&lt;b&gt;Danh mục thủ tục hành chính&lt;/b&gt; — Bước 1 của kế hoạch: lựa chọn các TTHC ưu tiên và rà soát khả năng cung cấp trực tuyến toàn trình của từng thủ tục. Nhấp đúp vào một dòng để mở thủ tục.</translation>
    </message>
    <message>
        <source>Search code, name, agency or field</source>
        <translation>Tìm theo mã, tên, cơ quan hoặc lĩnh vực</translation>
    </message>
    <message>
        <source>Any online level</source>
        <translation>Mọi mức độ trực tuyến</translation>
    </message>
    <message>
        <source>Priority when at least</source>
        <translation>Ưu tiên khi có từ</translation>
    </message>
    <message>
        <source>dossiers a year, or</source>
        <translation>hồ sơ/năm, hoặc</translation>
    </message>
    <message>
        <source>complaints a year, or frequent, or needed for investment.</source>
        <translation>phản ánh, kiến nghị/năm, hoặc thực hiện thường xuyên, hoặc cần cho môi trường đầu tư.</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>%1 of %2 procedures</source>
        <translation>%1/%2 thủ tục</translation>
    </message>
</context>
<context>
    <name>tthc::CatalogueTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Dossiers/year</source>
        <translation>Hồ sơ/năm</translation>
    </message>
    <message>
        <source>Complaints/year</source>
        <translation>Phản ánh/năm</translation>
    </message>
    <message>
        <source>Online level</source>
        <translation>Mức độ trực tuyến</translation>
    </message>
    <message>
        <source>Recommended level</source>
        <translation>Mức độ đề xuất</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>All conditions for fully online provision are met.</source>
        <translation>Đáp ứng mọi điều kiện cung cấp trực tuyến toàn trình.</translation>
    </message>
    <message>
        <source>Blocking fully online provision:
%1</source>
        <translation>Điều kiện chưa đáp ứng để cung cấp trực tuyến toàn trình:
%1</translation>
    </message>
    <message>
        <source>None of the plan&apos;s priority criteria holds.</source>
        <translation>Không đáp ứng tiêu chí ưu tiên nào của kế hoạch.</translation>
    </message>
</context>
<context>
    <name>tthc::ChartRenderer</name>
    <message>
        <source>%1: the %2 chart has no steps.</source>
        <translation>%1: sơ đồ %2 chưa có bước nào.</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>hiện trạng</translation>
    </message>
    <message>
        <source>e-process</source>
        <translation>quy trình điện tử</translation>
    </message>
    <message>
        <source>Flow chart with %1 actors (%2) and these steps: %3.</source>
        <translation>Sơ đồ quy trình gồm %1 chủ thể (%2) và các bước: %3.</translation>
    </message>
</context>
<context>
    <name>tthc::CommandLine</name>
    <message>
        <source>The workspace file (*.tthc).</source>
        <translation>Tệp không gian làm việc (*.tthc).</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s).</source>
        <translation>%1: %2 lỗi, %3 cảnh báo.</translation>
    </message>
    <message>
        <source>The tthc-json file to import.</source>
        <translation>Tệp tthc-json cần nhập.</translation>
    </message>
    <message>
        <source>import needs one FILE.json and --workspace W.tthc.</source>
        <translation>Lệnh import cần một tệp FILE.json và tùy chọn --workspace W.tthc.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Không nhập được dữ liệu nào: có %n vấn đề trong %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 procedure(s), %2 group(s) and %3 system(s) from %4 into %5.</source>
        <translation>Đã nhập %1 thủ tục, %2 nhóm và %3 hệ thống từ %4 vào %5.</translation>
    </message>
    <message>
        <source>Export only this procedure or group (with its members and systems).</source>
        <translation>Chỉ xuất thủ tục hoặc nhóm này (kèm các thủ tục thành viên và hệ thống liên quan).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>export-json needs --workspace W.tthc and -o FILE.json.</source>
        <translation>Lệnh export-json cần tùy chọn --workspace W.tthc và -o FILE.json.</translation>
    </message>
    <message>
        <source>The workspace has no procedure or group “%1”.</source>
        <translation>Không gian làm việc không có thủ tục hoặc nhóm “%1”.</translation>
    </message>
    <message>
        <source>Exported %1 procedure(s) and %2 group(s) to %3.</source>
        <translation>Đã xuất %1 thủ tục và %2 nhóm ra %3.</translation>
    </message>
    <message>
        <source>A tthc-json file to check.</source>
        <translation>Tệp tthc-json cần kiểm tra.</translation>
    </message>
    <message>
        <source>validate needs either FILE.json or --workspace W.tthc.</source>
        <translation>Lệnh validate cần tệp FILE.json hoặc tùy chọn --workspace W.tthc.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Không thể đọc “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n structural error(s); the file cannot be imported.</source>
        <translation>
            <numerusform>%1: %n lỗi cấu trúc; không thể nhập tệp này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>The procedure code or group id.</source>
        <translation>Mã thủ tục hoặc mã nhóm.</translation>
    </message>
    <message>
        <source>asis (the current chart) or tobe (the e-process).</source>
        <translation>asis (sơ đồ hiện trạng) hoặc tobe (quy trình điện tử).</translation>
    </message>
    <message>
        <source>Write an SVG drawing.</source>
        <translation>Ghi bản vẽ SVG.</translation>
    </message>
    <message>
        <source>Write a PNG picture.</source>
        <translation>Ghi ảnh PNG.</translation>
    </message>
    <message>
        <source>Write a vector PDF.</source>
        <translation>Ghi tệp PDF dạng vectơ.</translation>
    </message>
    <message>
        <source>Resolution of the PNG (default 150).</source>
        <translation>Độ phân giải của ảnh PNG (mặc định 150).</translation>
    </message>
    <message>
        <source>export-diagram needs --workspace W.tthc, --procedure CODE, --which asis|tobe and one of --svg FILE, --png FILE or --pdf FILE.</source>
        <translation>Lệnh export-diagram cần --workspace W.tthc, --procedure CODE, --which asis|tobe và một trong các tùy chọn --svg FILE, --png FILE hoặc --pdf FILE.</translation>
    </message>
    <message>
        <source>--dpi needs a whole number.</source>
        <translation>--dpi cần một số nguyên.</translation>
    </message>
    <message>
        <source>The %1 chart of “%2” has no steps yet.</source>
        <translation>Sơ đồ %1 của “%2” chưa có bước nào.</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>hiện trạng</translation>
    </message>
    <message>
        <source>e-process</source>
        <translation>quy trình điện tử</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Replace an e-process that was edited by hand.</source>
        <translation>Thay thế cả quy trình điện tử đã được chỉnh sửa thủ công.</translation>
    </message>
    <message>
        <source>derive needs --workspace W.tthc and --procedure CODE.</source>
        <translation>Lệnh derive cần --workspace W.tthc và --procedure CODE.</translation>
    </message>
    <message>
        <source>The e-process of %1 is up to date.</source>
        <translation>Quy trình điện tử của %1 đã được cập nhật, không cần tạo lại.</translation>
    </message>
    <message>
        <source>The e-process of %1 has been edited by hand; deriving it again would change:</source>
        <translation>Quy trình điện tử của %1 đã được chỉnh sửa thủ công; nếu tạo lại sẽ thay đổi:</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --force to replace it.</source>
        <translation>Chưa thay đổi gì. Chạy lại với --force để thay thế.</translation>
    </message>
    <message>
        <source>Derived the e-process of %1: %2 step(s), %3 flow(s), %4 lane(s).</source>
        <translation>Đã tạo quy trình điện tử của %1: %2 bước, %3 luồng, %4 chủ thể.</translation>
    </message>
    <message>
        <source>The procedure code.</source>
        <translation>Mã thủ tục.</translation>
    </message>
    <message>
        <source>The group id.</source>
        <translation>Mã nhóm.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>In ra JSON thay cho bảng.</translation>
    </message>
    <message>
        <source>reductions needs --workspace W.tthc and either --procedure CODE or --group ID.</source>
        <translation>Lệnh reductions cần --workspace W.tthc và một trong hai tùy chọn --procedure CODE hoặc --group ID.</translation>
    </message>
    <message>
        <source>The workspace has no group “%1”.</source>
        <translation>Không gian làm việc không có nhóm “%1”.</translation>
    </message>
    <message>
        <source>The workspace has no procedure “%1”.</source>
        <translation>Không gian làm việc không có thủ tục “%1”.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Nhóm %1: %2</translation>
    </message>
    <message>
        <source>Procedure %1: %2</source>
        <translation>Thủ tục %1: %2</translation>
    </message>
    <message>
        <source>Dossiers per replication (default: the annual volume).</source>
        <translation>Số hồ sơ mỗi lần lặp (mặc định: số hồ sơ hằng năm).</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Giá trị khởi tạo của bộ sinh số ngẫu nhiên (mặc định 1).</translation>
    </message>
    <message>
        <source>Independent runs of the year (default 5).</source>
        <translation>Số lần lặp độc lập mô phỏng một năm (mặc định 5).</translation>
    </message>
    <message>
        <source>The calendar year simulated (default 2026).</source>
        <translation>Năm dương lịch được mô phỏng (mặc định 2026).</translation>
    </message>
    <message>
        <source>A working calendar file (default: the Vietnamese one).</source>
        <translation>Tệp lịch làm việc (mặc định: lịch làm việc của Việt Nam).</translation>
    </message>
    <message>
        <source>Write the results as JSON to this file.</source>
        <translation>Ghi kết quả dạng JSON vào tệp này.</translation>
    </message>
    <message>
        <source>simulate needs --workspace W.tthc and --procedure CODE.</source>
        <translation>Lệnh simulate cần --workspace W.tthc và --procedure CODE.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 cần một số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed cần một số nguyên từ 0 đến 18446744073709551615.</translation>
    </message>
    <message>
        <source>%1 dossier(s) × %2 replication(s), seed %3, year %4; a working day is %5 hours.</source>
        <translation>%1 hồ sơ × %2 lần lặp, hạt giống %3, năm %4; một ngày làm việc có %5 giờ.</translation>
    </message>
    <message>
        <source>Mean cycle time (working days)</source>
        <translation>Thời gian giải quyết trung bình (ngày làm việc)</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Trung vị (ngày làm việc)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>Phân vị 90 (ngày làm việc)</translation>
    </message>
    <message>
        <source>95th percentile (working days)</source>
        <translation>Phân vị 95 (ngày làm việc)</translation>
    </message>
    <message>
        <source>Share of time waiting</source>
        <translation>Tỷ lệ thời gian chờ</translation>
    </message>
    <message>
        <source>Finished within the time limit</source>
        <translation>Tỷ lệ giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Busiest lane</source>
        <translation>Chủ thể bận nhất</translation>
    </message>
    <message>
        <source>%1 events in %2 s.</source>
        <translation>%1 sự kiện trong %2 giây.</translation>
    </message>
    <message>
        <source>  tthc-studio simulate --workspace W.tthc --procedure CODE [--cases N] [--seed S]
              [--replications R] [--year Y] [--calendar FILE.json] [--json OUT.json]
              simulate a year of dossiers, as-is and to-be (CODE may be a group id)
</source>
        <translation>  tthc-studio simulate --workspace W.tthc --procedure CODE [--cases N] [--seed S]
              [--replications R] [--year Y] [--calendar FILE.json] [--json OUT.json]
              mô phỏng hồ sơ của một năm theo quy trình hiện trạng và quy trình điện tử (CODE có thể là mã nhóm)
</translation>
    </message>
    <message>
        <source>%1 dossier(s) were stopped at the visit limit of a loop or never reached an end.</source>
        <translation>%1 hồ sơ bị dừng khi chạm giới hạn số lần đi qua một vòng lặp hoặc không đến được bước kết thúc.</translation>
    </message>
    <message>
        <source>Every approved procedure and group.</source>
        <translation>Mọi thủ tục và nhóm thủ tục đã được phê duyệt.</translation>
    </message>
    <message>
        <source>Write the PDF.</source>
        <translation>Ghi tệp PDF.</translation>
    </message>
    <message>
        <source>Write the DOCX.</source>
        <translation>Ghi tệp DOCX.</translation>
    </message>
    <message>
        <source>Write the XLSX.</source>
        <translation>Ghi tệp XLSX.</translation>
    </message>
    <message>
        <source>The output folder.</source>
        <translation>Thư mục ghi kết quả.</translation>
    </message>
    <message>
        <source>dossier needs --workspace W.tthc, one of --procedure CODE, --group ID or --all-approved, and --out DIR.</source>
        <translation>Lệnh dossier cần --workspace W.tthc, một trong các tùy chọn --procedure MÃ, --group ID hoặc --all-approved, và --out THƯ_MỤC.</translation>
    </message>
    <message>
        <source>No procedure or group of the workspace is approved yet.</source>
        <translation>Chưa có thủ tục hoặc nhóm thủ tục nào trong không gian làm việc được phê duyệt.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Không xuất được: %1</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers exported.</source>
        <translation>Đã xuất %1/%2 hồ sơ.</translation>
    </message>
    <message>
        <source>The output file “%1” is the workspace itself; choose another file name.</source>
        <translation>Tệp xuất “%1” chính là không gian làm việc đang đọc; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Usage:
  tthc-studio [--sample | WORKSPACE.tthc]      start the application
  tthc-studio import FILE.json --workspace W.tthc
  tthc-studio export-json --workspace W.tthc [--procedure CODE] -o FILE.json
  tthc-studio validate (FILE.json | --workspace W.tthc)
  tthc-studio export-diagram --workspace W.tthc --procedure CODE --which asis|tobe
              (--svg FILE | --png FILE [--dpi N] | --pdf FILE)
  tthc-studio derive --workspace W.tthc --procedure CODE [--force]
              generate the e-process from the as-is chart and the analysis (CODE may be a group id)
  tthc-studio reductions --workspace W.tthc (--procedure CODE | --group ID) [--json]
              visits, documents, manual steps, steps, processing time and total elapsed time, as-is against to-be
  tthc-studio --help | --version

Options:
  --lang vi|en   language of the interface and messages (default: the setting, else Vietnamese)

Exit status: 0 success, 1 errors found or the action failed, 2 wrong usage.
</source>
        <translation>Cách dùng:
  tthc-studio [--sample | WORKSPACE.tthc]      khởi động ứng dụng
  tthc-studio import FILE.json --workspace W.tthc
  tthc-studio export-json --workspace W.tthc [--procedure CODE] -o FILE.json
  tthc-studio validate (FILE.json | --workspace W.tthc)
  tthc-studio export-diagram --workspace W.tthc --procedure CODE --which asis|tobe
              (--svg FILE | --png FILE [--dpi N] | --pdf FILE)
  tthc-studio derive --workspace W.tthc --procedure CODE [--force]
              tạo quy trình điện tử từ sơ đồ hiện trạng và kết quả phân tích (CODE có thể là mã nhóm)
  tthc-studio reductions --workspace W.tthc (--procedure CODE | --group ID) [--json]
              số lượt đi lại, thành phần hồ sơ, bước thủ công, số bước, thời gian giải quyết và tổng thời gian, hiện trạng so với điện tử
  tthc-studio --help | --version

Tùy chọn:
  --lang vi|en   ngôn ngữ giao diện và thông báo (mặc định: theo cài đặt, nếu không thì tiếng Việt)

Mã thoát: 0 thành công, 1 có lỗi hoặc thao tác không thực hiện được, 2 dùng sai cú pháp.
</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE.</source>
        <translation>“%1” không có dạng KHÓA=GIÁ_TRỊ.</translation>
    </message>
    <message>
        <source>issuer is “chairman” or “committee”, not “%1”.</source>
        <translation>issuer là “chairman” (Chủ tịch UBND) hoặc “committee” (UBND), không phải “%1”.</translation>
    </message>
    <message>
        <source>signer is “chair” or “vice-chair”, not “%1”.</source>
        <translation>signer là “chair” (Chủ tịch ký) hoặc “vice-chair” (Phó Chủ tịch ký thay), không phải “%1”.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”. The settings are: %2.</source>
        <translation>Không có thiết lập “%1”. Các thiết lập: %2.</translation>
    </message>
    <message>
        <source>Print the dossier settings as JSON.</source>
        <translation>In thiết lập hồ sơ dạng JSON.</translation>
    </message>
    <message>
        <source>Set one setting, KEY=VALUE (repeatable; lists take “|” between items): issuingBody, issuingBodyName, issuer (chairman|committee), signer (chair|vice-chair), numberSuffix, place, proposer, cityPlan, signerName, recipients, templatePath.</source>
        <translation>Đặt một thiết lập, KHÓA=GIÁ_TRỊ (dùng nhiều lần được; danh sách ngăn cách bằng “|”): issuingBody, issuingBodyName, issuer (chairman|committee), signer (chair|vice-chair), numberSuffix, place, proposer, cityPlan, signerName, recipients, templatePath.</translation>
    </message>
    <message>
        <source>Take the settings from a JSON file (as --show prints them).</source>
        <translation>Lấy thiết lập từ tệp JSON (như --show in ra).</translation>
    </message>
    <message>
        <source>settings needs --workspace W.tthc and one of --show, --set KEY=VALUE… or --from FILE.json.</source>
        <translation>settings cần --workspace W.tthc và một trong --show, --set KHÓA=GIÁ_TRỊ… hoặc --from TỆP.json.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON object of dossier settings (at byte %2).</source>
        <translation>“%1” không phải một đối tượng JSON thiết lập hồ sơ (tại byte %2).</translation>
    </message>
    <message>
        <source>Dossier settings saved in %1.</source>
        <translation>Đã lưu thiết lập hồ sơ trong %1.</translation>
    </message>
    <message>
        <source>  tthc-studio dossier --workspace W.tthc (--procedure CODE | --group ID | --all-approved)
              [--pdf] [--docx] [--xlsx] --out DIR
              export the approval dossier (all three formats unless some are named)
  tthc-studio settings --workspace W.tthc (--show | --set KEY=VALUE… | --from FILE.json)
              the dossier settings: issuing body, issuer, signer, place, recipients…
</source>
        <translation>  tthc-studio dossier --workspace W.tthc (--procedure MÃ | --group ID | --all-approved)
              [--pdf] [--docx] [--xlsx] --out THƯ_MỤC
              xuất hồ sơ trình phê duyệt (cả ba định dạng nếu không chỉ định)
  tthc-studio settings --workspace W.tthc (--show | --set KHÓA=GIÁ_TRỊ… | --from TỆP.json)
              thiết lập hồ sơ: cơ quan ban hành, người ban hành, người ký, địa danh, nơi nhận…
</translation>
    </message>
</context>
<context>
    <name>tthc::Commands</name>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan thực hiện</translation>
    </message>
    <message>
        <source>level</source>
        <translation>cấp thực hiện</translation>
    </message>
    <message>
        <source>dossiers per year</source>
        <translation>số hồ sơ/năm</translation>
    </message>
    <message>
        <source>complaints per year</source>
        <translation>số phản ánh, kiến nghị/năm</translation>
    </message>
    <message>
        <source>statutory time limit</source>
        <translation>thời hạn giải quyết</translation>
    </message>
    <message>
        <source>online level</source>
        <translation>mức độ trực tuyến</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>căn cứ pháp lý</translation>
    </message>
    <message>
        <source>published on the national database</source>
        <translation>công khai trên Cơ sở dữ liệu quốc gia về TTHC</translation>
    </message>
    <message>
        <source>forms downloadable</source>
        <translation>biểu mẫu tải được</translation>
    </message>
    <message>
        <source>forms online</source>
        <translation>điền và nộp trực tuyến</translation>
    </message>
    <message>
        <source>online payment</source>
        <translation>thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>processed online</source>
        <translation>xử lý trên môi trường mạng</translation>
    </message>
    <message>
        <source>high volume</source>
        <translation>số lượng hồ sơ lớn</translation>
    </message>
    <message>
        <source>frequent</source>
        <translation>thực hiện thường xuyên</translation>
    </message>
    <message>
        <source>many complaints</source>
        <translation>nhiều phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>investment environment</source>
        <translation>phục vụ môi trường đầu tư kinh doanh</translation>
    </message>
    <message>
        <source>hourly income</source>
        <translation>thu nhập bình quân mỗi giờ</translation>
    </message>
    <message>
        <source>evaluation notes</source>
        <translation>ghi chú đánh giá</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Thay đổi %1 của thủ tục %2</translation>
    </message>
    <message>
        <source>Add procedure %1</source>
        <translation>Thêm thủ tục %1</translation>
    </message>
    <message>
        <source>Delete procedure %1</source>
        <translation>Xóa thủ tục %1</translation>
    </message>
    <message>
        <source>Analyse step %1</source>
        <translation>Phân tích bước %1</translation>
    </message>
    <message>
        <source>agency hourly cost</source>
        <translation>chi phí giờ công của cơ quan</translation>
    </message>
    <message>
        <source>Change dossier settings</source>
        <translation>Thay đổi thiết lập hồ sơ trình phê duyệt</translation>
    </message>
    <message>
        <source>applicant type</source>
        <translation>đối tượng thực hiện</translation>
    </message>
</context>
<context>
    <name>tthc::ComparisonChart</name>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
</context>
<context>
    <name>tthc::ComparisonView</name>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#e3f2fd&apos;&gt;&amp;nbsp;automated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f1f8e9&apos;&gt;&amp;nbsp;simplified&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f3e5f5&apos;&gt;&amp;nbsp;merged&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fffde7&apos;&gt;&amp;nbsp;new&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#eeeeee&apos;&gt;&amp;nbsp;&lt;s&gt;eliminated&lt;/s&gt;&amp;nbsp;&lt;/span&gt; — select a step to see where it comes from or goes.</source>
        <translation>&lt;span style=&apos;background:#e3f2fd&apos;&gt;&amp;nbsp;tự động hóa&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f1f8e9&apos;&gt;&amp;nbsp;đơn giản hóa&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f3e5f5&apos;&gt;&amp;nbsp;gộp&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fffde7&apos;&gt;&amp;nbsp;mới&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#eeeeee&apos;&gt;&amp;nbsp;&lt;s&gt;cắt giảm&lt;/s&gt;&amp;nbsp;&lt;/span&gt; — chọn một bước để xem bước đó bắt nguồn từ đâu hoặc chuyển thành gì.</translation>
    </message>
</context>
<context>
    <name>tthc::ComplianceCostRules</name>
    <message>
        <source>Entered for the procedure.</source>
        <translation>Do người dùng nhập cho thủ tục.</translation>
    </message>
    <message>
        <source>Default: 39,886 VND an hour = the salary of a specialist at coefficient 3.00 (grade A1, step 3) at the base salary of 2,340,000 VND a month (Nghị định 73/2024/NĐ-CP, from 1 July 2024), divided by 176 working hours a month. Salary only, without insurance contributions, allowances or overheads: an illustrative lower bound to be replaced by the agency&apos;s own figure.</source>
        <translation>Mặc định: 39.886 đồng/giờ = tiền lương của chuyên viên hệ số 3,00 (loại A1, bậc 3) theo mức lương cơ sở 2.340.000 đồng/tháng (Nghị định 73/2024/NĐ-CP, từ ngày 01/7/2024) chia cho 176 giờ làm việc mỗi tháng. Chỉ tính tiền lương, chưa gồm các khoản đóng bảo hiểm, phụ cấp và chi phí chung: đây là mức thấp nhất mang tính minh họa, cần thay bằng số liệu riêng của cơ quan.</translation>
    </message>
    <message>
        <source>Each member&apos;s own rate and source.</source>
        <translation>Đơn giá và nguồn số liệu riêng của từng thủ tục thành viên.</translation>
    </message>
    <message>
        <source>Businesses and organisations</source>
        <translation>Doanh nghiệp, tổ chức</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Default for businesses: 48,864 VND an hour = the average monthly income of a wage employee in 2024, 8.6 million VND (General Statistics Office, labour and employment report for the fourth quarter and the year 2024), divided by 176 working hours a month, rounded to the dong. An illustrative figure: check it against the latest publication and enter the procedure&apos;s own figure.</source>
        <translation>Mặc định cho doanh nghiệp: 48.864 đồng/giờ = thu nhập bình quân tháng của lao động làm công hưởng lương năm 2024 là 8,6 triệu đồng (Tổng cục Thống kê, báo cáo tình hình lao động, việc làm quý IV và năm 2024) chia cho 176 giờ làm việc mỗi tháng, làm tròn đến đồng. Đây là số liệu minh họa: cần đối chiếu với số liệu công bố mới nhất và nhập số liệu riêng của thủ tục.</translation>
    </message>
    <message>
        <source>Default for citizens: 43,750 VND an hour = the average monthly income of an employed worker in 2024, 7.7 million VND (General Statistics Office, labour and employment report for the fourth quarter and the year 2024), divided by 176 working hours a month (22 days of 8 hours). An illustrative figure: check it against the latest GSO publication and enter the procedure&apos;s own figure.</source>
        <translation>Mặc định cho người dân: 43.750 đồng/giờ = thu nhập bình quân tháng của lao động có việc làm năm 2024 là 7,7 triệu đồng (Tổng cục Thống kê, báo cáo tình hình lao động, việc làm quý IV và năm 2024) chia cho 176 giờ làm việc mỗi tháng (22 ngày, mỗi ngày 8 giờ). Đây là số liệu minh họa: cần đối chiếu với số liệu công bố mới nhất của cơ quan thống kê và nhập số liệu riêng của thủ tục.</translation>
    </message>
    <message>
        <source>Compliance cost (Thông tư 02/2017/TT-VPCP, Điều 27) of one dossier = the applicant&apos;s working time × the hourly income + the fees and charges of the procedure + the other direct costs paid at the steps (copies, travel, services: the “direct cost” of every step, whoever&apos;s lane it is in). The applicant&apos;s time: the hours of the steps in the applicant&apos;s lanes, plus at a step of another lane its “applicant&apos;s hours” when given, else its hours when it is in person (the applicant is at the counter while it is done). The agencies&apos; cost is a separate figure, never added to the compliance cost: the hours of the steps in the agencies&apos; lanes (plus the “agency hours” given on a step of the applicant or of a system) × the agency&apos;s hourly cost. The hourly income: the procedure&apos;s own, else the default for citizens or for businesses (the procedure&apos;s applicant type).
Which steps count: as often as one dossier goes through them — every flow out of a task, at a decision each branch weighted by its probability, and a return for completing the dossier repeated as often as its probability says (10 % when the decision&apos;s flows give none: a step in that loop counts 1.11 times). A step outside loops counts at most once, even where parallel paths meet.
Rounding, once: hours to two decimals; money to the whole dong, the time cost from the hours as shown (9.72 h × 40,000 = 388,800 VND); a year = the dossier&apos;s figures × the annual volume; a saving = as-is − to-be of the figures as shown.
A group: the members&apos; costs added up, each at its own rates and with its own fees; in the e-process only the members that keep a sub-procedure step in the group&apos;s e-process count. The group&apos;s annual volume is the smallest annual volume of its members: every linked case goes through each of them.</source>
        <translation>Chi phí tuân thủ (Thông tư 02/2017/TT-VPCP, Điều 27) của một hồ sơ = thời gian làm việc của người thực hiện × thu nhập mỗi giờ + phí, lệ phí của thủ tục + các chi phí trực tiếp khác trả tại các bước (sao chụp, đi lại, dịch vụ: “chi phí trực tiếp” của mọi bước, dù ở làn của ai). Thời gian của người thực hiện: số giờ của các bước trong làn người dân, cộng với “thời gian của người dân” ghi tại bước của làn khác, nếu không ghi thì số giờ của bước khi bước đó thực hiện trực tiếp (người dân có mặt tại quầy trong lúc làm). Chi phí của cơ quan là một chỉ số riêng, không bao giờ cộng vào chi phí tuân thủ: số giờ của các bước trong làn của cơ quan (cộng “thời gian của cán bộ” ghi tại bước của người dân hoặc của hệ thống) × chi phí mỗi giờ của cơ quan. Thu nhập mỗi giờ: số của thủ tục, nếu không có thì mức mặc định cho người dân hoặc cho doanh nghiệp (theo đối tượng thực hiện của thủ tục).
Các bước được tính: theo số lần một hồ sơ đi qua — mọi luồng ra khỏi một công việc; tại điểm quyết định, mỗi nhánh theo xác suất của nó; nhánh trả lại để bổ sung hồ sơ được lặp lại theo xác suất của nó (10 % khi các luồng của điểm quyết định không ghi xác suất: một bước trong vòng đó được tính 1,11 lần). Bước nằm ngoài vòng lặp được tính nhiều nhất một lần, kể cả nơi các nhánh song song gặp nhau.
Làm tròn một lần: số giờ đến hai chữ số thập phân; số tiền đến đồng, chi phí thời gian tính từ số giờ đã hiển thị (9,72 giờ × 40.000 = 388.800 đồng); một năm = số liệu một hồ sơ × số hồ sơ hằng năm; tiết kiệm = hiện trạng − sau tái cấu trúc của các số đã hiển thị.
Nhóm thủ tục: cộng chi phí của các thủ tục thành viên, mỗi thủ tục theo mức và phí, lệ phí riêng; trong quy trình điện tử chỉ tính các thủ tục còn bước thủ tục con trong quy trình điện tử của nhóm. Số hồ sơ hằng năm của nhóm là số nhỏ nhất trong các thủ tục thành viên: mỗi hồ sơ liên thông đi qua từng thủ tục.</translation>
    </message>
</context>
<context>
    <name>tthc::DecisionTemplate</name>
    <message>
        <source>must be a list of texts</source>
        <translation>phải là một danh sách văn bản</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>phải là một chuỗi văn bản</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>Decision template “%1”, %2: %3</source>
        <translation>Mẫu quyết định “%1”, %2: %3</translation>
    </message>
    <message>
        <source>unknown placeholder %1. The placeholders are: %2.</source>
        <translation>không có tham số %1. Các tham số có thể dùng: %2.</translation>
    </message>
    <message>
        <source>the placeholder %1 has no value. Fill it in under Dossier settings (Workspace › Dossier settings…).</source>
        <translation>tham số %1 chưa có giá trị. Hãy điền trong Thiết lập hồ sơ (Tệp › Thiết lập hồ sơ trình phê duyệt…).</translation>
    </message>
    <message>
        <source>Cannot read the decision template “%1”: %2</source>
        <translation>Không đọc được mẫu quyết định “%1”: %2</translation>
    </message>
    <message>
        <source>Decision template “%1”, line %2, column %3: not valid JSON (%4).</source>
        <translation>Mẫu quyết định “%1”, dòng %2, cột %3: không phải JSON hợp lệ (%4).</translation>
    </message>
    <message>
        <source>Decision template “%1”, format: this is not a decision template (format must be “tthc-decision-template”).</source>
        <translation>Mẫu quyết định “%1”, format: đây không phải mẫu quyết định (format phải là “tthc-decision-template”).</translation>
    </message>
    <message>
        <source>Decision template “%1”, version: version %2 is not supported (this program reads version 1).</source>
        <translation>Mẫu quyết định “%1”, version: không hỗ trợ phiên bản %2 (chương trình đọc phiên bản 1).</translation>
    </message>
    <message>
        <source>must be a list of articles</source>
        <translation>phải là một danh sách các điều</translation>
    </message>
    <message>
        <source>Decision template “%1”, articles[%2].paragraphs[%3]: the optional placeholder %4 would leave out the whole paragraph when it is empty, and a paragraph of an article assigns responsibility. Put the words that need it in [[ … ]] so only they are left out.</source>
        <translation>Mẫu quyết định “%1”, articles[%2].paragraphs[%3]: tham số không bắt buộc %4 khi để trống sẽ làm mất cả đoạn, mà mỗi đoạn của một điều là một khoản giao trách nhiệm. Hãy đặt các từ cần tham số này trong [[ … ]] để chỉ bỏ các từ đó.</translation>
    </message>
</context>
<context>
    <name>tthc::DeleteItemsCommand</name>
    <message>
        <source>Delete step “%1”</source>
        <translation>Xóa bước “%1”</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Xóa luồng</translation>
    </message>
    <message>
        <source>Delete %1 steps and %2 flows</source>
        <translation>Xóa %1 bước và %2 luồng</translation>
    </message>
</context>
<context>
    <name>tthc::Derivation</name>
    <message>
        <source>The as-is chart of %1 has no steps: draw it before deriving the e-process.</source>
        <translation>Sơ đồ hiện trạng của %1 chưa có bước nào: hãy vẽ sơ đồ trước khi tạo quy trình điện tử.</translation>
    </message>
    <message>
        <source>The as-is chart of %1 uses step id %2 twice.</source>
        <translation>Sơ đồ hiện trạng của %1 dùng mã bước %2 hai lần.</translation>
    </message>
    <message>
        <source>The as-is chart of %1 has a flow %2 to or from unknown step %3.</source>
        <translation>Sơ đồ hiện trạng của %1 có luồng %2 nối với bước không tồn tại %3.</translation>
    </message>
    <message>
        <source>Lane %1 (%2) removed</source>
        <translation>Bỏ chủ thể %1 (%2)</translation>
    </message>
    <message>
        <source>Lane %1 (%2) added</source>
        <translation>Thêm chủ thể %1 (%2)</translation>
    </message>
    <message>
        <source>Lane %1 (%2) changed</source>
        <translation>Thay đổi chủ thể %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2) removed</source>
        <translation>Bỏ bước %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2) added</source>
        <translation>Thêm bước %1 (%2)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>chủ thể</translation>
    </message>
    <message>
        <source>description</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>sub-procedure</source>
        <translation>thủ tục thành phần</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>số giờ</translation>
    </message>
    <message>
        <source>waiting days</source>
        <translation>số ngày chờ</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>thành phần hồ sơ</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>chi phí</translation>
    </message>
    <message>
        <source>derived from</source>
        <translation>bắt nguồn từ</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>các trường khác</translation>
    </message>
    <message>
        <source>Step %1 (%2) changed: %3</source>
        <translation>Thay đổi bước %1 (%2): %3</translation>
    </message>
    <message>
        <source>Flow %1 → %2 removed</source>
        <translation>Bỏ luồng %1 → %2</translation>
    </message>
    <message>
        <source>Flow %1 → %2 added</source>
        <translation>Thêm luồng %1 → %2</translation>
    </message>
    <message>
        <source>Flow %1 → %2 changed</source>
        <translation>Thay đổi luồng %1 → %2</translation>
    </message>
    <message>
        <source>%1 is %2, which the law gives to an officer: it stays with its officer, done electronically with its own hours; the system only checks the data before it. Record a reason in the decision (“automate anyway”) to hand it to the system.</source>
        <translation>Bước %1 là %2, việc pháp luật giao cho cán bộ, công chức: bước này vẫn do cán bộ thực hiện trên môi trường điện tử với số giờ của mình; hệ thống chỉ tự động kiểm tra dữ liệu trước đó. Muốn giao hẳn cho hệ thống, hãy ghi lý do vào phương án (“vẫn tự động hóa”).</translation>
    </message>
    <message>
        <source>%1 is not automated: a system can do checks, look-ups, notifications and forwarding alone, and this step is %2. It is kept; record a reason in the decision (“automate anyway”) to hand it to the system.</source>
        <translation>Bước %1 không được tự động hóa: hệ thống chỉ tự thực hiện được việc kiểm tra, tra cứu, thông báo và chuyển hồ sơ, còn bước này là %2. Bước được giữ nguyên; muốn giao cho hệ thống, hãy ghi lý do vào phương án (“vẫn tự động hóa”).</translation>
    </message>
    <message>
        <source>%1 is the submission: an e-process always takes the dossier online, so it is replaced by its electronic form rather than removed.</source>
        <translation>Bước %1 là bước nộp hồ sơ: quy trình điện tử luôn tiếp nhận hồ sơ trực tuyến, nên bước này được thay bằng hình thức điện tử chứ không bị cắt bỏ hẳn.</translation>
    </message>
    <message>
        <source>%1 delivers the result: an e-process always delivers an electronic result, so it is replaced by its electronic form rather than removed.</source>
        <translation>Bước %1 là bước trả kết quả: quy trình điện tử luôn trả kết quả điện tử, nên bước này được thay bằng hình thức điện tử chứ không bị cắt bỏ hẳn.</translation>
    </message>
    <message>
        <source>Step %1 of %2 is to be merged, but its decision names no step to merge it into.</source>
        <translation>Bước %1 của %2 được đề xuất gộp nhưng phương án chưa chọn bước để gộp vào.</translation>
    </message>
    <message>
        <source>Step %1 of %2 is to be merged into %3, which is not a step of the as-is chart.</source>
        <translation>Bước %1 của %2 được đề xuất gộp vào %3, nhưng đó không phải là bước của sơ đồ hiện trạng.</translation>
    </message>
    <message>
        <source>Step %1 of %2 is to be merged in a circle (%3).</source>
        <translation>Bước %1 của %2 được đề xuất gộp theo vòng tròn (%3).</translation>
    </message>
    <message>
        <source>Step %1 of %2 is to be merged into %3, which is not a task.</source>
        <translation>Bước %1 của %2 được đề xuất gộp vào %3, nhưng đó không phải là một công việc.</translation>
    </message>
    <message>
        <source>Step %1 of %2 is to be merged into %3, which the analysis eliminates.</source>
        <translation>Bước %1 của %2 được đề xuất gộp vào %3, trong khi phần phân tích đề xuất cắt giảm bước đó.</translation>
    </message>
    <message>
        <source>%1 goes online: check that its name still says what the applicant does (or give the name in the decision).</source>
        <translation>Bước %1 chuyển sang trực tuyến: hãy kiểm tra tên bước còn đúng với việc người nộp hồ sơ làm (hoặc ghi tên mới vào phương án).</translation>
    </message>
    <message>
        <source>%1 is done by the information system: its %2 h of officer time are not carried over.</source>
        <translation>Bước %1 do hệ thống thông tin thực hiện: %2 giờ làm việc của cán bộ không còn được tính.</translation>
    </message>
    <message>
        <source>The as-is chart has no submission: “%1” is added after the start (enter its hours).</source>
        <translation>Sơ đồ hiện trạng không có bước nộp hồ sơ: đã thêm “%1” sau bước bắt đầu (hãy nhập số giờ).</translation>
    </message>
    <message>
        <source>The as-is chart has no result delivery: “%1” is added before the end.</source>
        <translation>Sơ đồ hiện trạng không có bước trả kết quả: đã thêm “%1” trước bước kết thúc.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What decides.&lt;/b&gt; Each as-is step&apos;s action in the four-criteria analysis, the row&apos;s decision (online or in person, the result channel, the new name, hours and waiting, the system that does it, a reason to automate anyway, the step to merge into) and the step&apos;s nature (submission, payment, check, appraisal, signing…: chosen in the step&apos;s properties, or read from its name).</source>
        <translation>&lt;b&gt;Căn cứ.&lt;/b&gt; Phương án của từng bước hiện trạng trong bảng phân tích bốn tiêu chí, nội dung quyết định của dòng đó (trực tuyến hay trực tiếp, hình thức trả kết quả, tên mới, số giờ và thời gian chờ, hệ thống thực hiện, lý do vẫn tự động hóa, bước được gộp vào) và tính chất của bước (nộp hồ sơ, nộp phí, kiểm tra, thẩm định, ký…: chọn trong thuộc tính của bước, hoặc nhận biết theo tên bước).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;: the step is copied.</source>
        <translation>&lt;b&gt;Giữ nguyên&lt;/b&gt;: bước được sao chép.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simplify&lt;/b&gt;: reused documents are no longer handed in; the step goes online when the decision says so, by default when it is in person and not an examination in person (a health check stays at the clinic). Online, the submission becomes “Nộp hồ sơ trực tuyến” in the applicant&apos;s lane, the payment “Thanh toán phí, lệ phí trực tuyến”, the result “Nhận/Trả kết quả điện tử” (paper by post on request when the channel is postal; the desk channel keeps it in person). A signing or decision is signed digitally (“ký số”).</source>
        <translation>&lt;b&gt;Đơn giản hóa&lt;/b&gt;: thành phần hồ sơ được tái sử dụng không phải nộp nữa; bước chuyển sang trực tuyến khi phương án ghi như vậy, mặc định khi bước đang làm trực tiếp và không phải là khám, kiểm tra trực tiếp (khám sức khỏe vẫn tại cơ sở y tế). Khi trực tuyến, bước nộp hồ sơ thành “Nộp hồ sơ trực tuyến” ở làn người nộp, bước nộp phí thành “Thanh toán phí, lệ phí trực tuyến”, bước trả kết quả thành “Nhận/Trả kết quả điện tử” (bản giấy qua bưu chính khi đăng ký; hình thức tại Bộ phận Một cửa thì giữ trực tiếp). Bước ký, quyết định được ký số.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automate&lt;/b&gt;: only checks, look-ups, notifications and forwarding go to the information system, with 0 officer hours. The applicant&apos;s own acts (preparing, paying, submitting, receiving) stay the applicant&apos;s, done online, so the applicant&apos;s time and cost are not hidden. Appraisal, decisions, signing and registers stay with their officer, done electronically with their own hours; the system checks the data before them. Anything else is kept. A reason recorded in the decision hands any step to the system.</source>
        <translation>&lt;b&gt;Tự động hóa&lt;/b&gt;: chỉ việc kiểm tra, tra cứu, thông báo và chuyển hồ sơ được giao cho hệ thống thông tin, với 0 giờ của cán bộ. Việc của chính người nộp hồ sơ (chuẩn bị, nộp phí, nộp hồ sơ, nhận kết quả) vẫn do người nộp thực hiện trực tuyến, để thời gian và chi phí của họ không bị che khuất. Thẩm định, quyết định, ký và ghi sổ vẫn do cán bộ thực hiện trên môi trường điện tử với số giờ của mình; hệ thống kiểm tra dữ liệu trước đó. Các bước khác được giữ nguyên. Ghi lý do vào phương án thì có thể giao bất kỳ bước nào cho hệ thống.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge&lt;/b&gt;: the decision names the task that receives the step (required). It keeps its own id and lane and gains the union of duties, documents and systems and the sum of hours, waiting days and costs.</source>
        <translation>&lt;b&gt;Gộp&lt;/b&gt;: phương án phải chọn công việc nhận bước được gộp. Công việc đó giữ mã và chủ thể của mình, nhận thêm toàn bộ nhiệm vụ, thành phần hồ sơ và hệ thống, cộng dồn số giờ, thời gian chờ và chi phí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eliminate&lt;/b&gt;: the step goes and its predecessors are connected to its successors; but the submission and the result are replaced by their electronic form (or, for a submission whose data comes from connected systems, by an electronic intake), because seed 003 asks for online submission and electronic results for every dossier.</source>
        <translation>&lt;b&gt;Cắt giảm&lt;/b&gt;: bước bị bỏ, các bước trước được nối với các bước sau; riêng bước nộp hồ sơ và trả kết quả được thay bằng hình thức điện tử (hoặc, với hồ sơ có dữ liệu từ các hệ thống đã kết nối, bằng bước tiếp nhận hồ sơ liên thông điện tử), vì kế hoạch yêu cầu tiếp nhận trực tuyến và cấp kết quả điện tử đối với 100% hồ sơ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always&lt;/b&gt;: a procedure&apos;s e-process has a submission and a result delivery; when the as-is chart has none, they are added with a note. The checks of every e-process (derived or drawn) are listed in the issues panel: an applicant&apos;s lane with no task, no online submission, no result, an appraisal or signing with no officer&apos;s time, a system step with officer hours.</source>
        <translation>&lt;b&gt;Luôn có&lt;/b&gt;: quy trình điện tử của một thủ tục luôn có bước nộp hồ sơ và bước trả kết quả; nếu sơ đồ hiện trạng thiếu, chương trình thêm vào kèm lưu ý. Các kiểm tra áp dụng cho mọi quy trình điện tử (được tạo hay tự vẽ) hiện ở bảng Vấn đề: làn người nộp hồ sơ không có công việc, không có nộp hồ sơ trực tuyến, không trả kết quả, bước thẩm định hay ký không có thời gian của cán bộ, bước của hệ thống lại tính giờ của cán bộ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example&lt;/b&gt; (driver-licence sample): “Nộp lệ phí” (automate) stays the applicant&apos;s as an online payment; “Thẩm định hồ sơ” (automate) stays with the licensing office with its 3 h, after an automatic data check; “Thông báo bổ sung” (automate) is done by the system with 0 h; the health examination (simplify) stays in person.</source>
        <translation>&lt;b&gt;Ví dụ&lt;/b&gt; (mẫu đổi giấy phép lái xe): “Nộp lệ phí” (tự động hóa) vẫn là việc của người dân, thành thanh toán trực tuyến; “Thẩm định hồ sơ” (tự động hóa) vẫn do phòng chuyên môn thực hiện với 3 giờ, sau bước hệ thống tự động kiểm tra dữ liệu; “Thông báo bổ sung” (tự động hóa) do hệ thống thực hiện với 0 giờ; bước khám sức khỏe (đơn giản hóa) vẫn làm trực tiếp.</translation>
    </message>
</context>
<context>
    <name>tthc::DiagramEditor</name>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Select, move and resize (Esc)</source>
        <translation>Chọn, di chuyển và đổi kích thước (Esc)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Nối luồng</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Drag from one step to another to draw a flow</source>
        <translation>Kéo từ một bước sang bước khác để vẽ luồng</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Click in a lane to add a task</source>
        <translation>Nhấp vào một chủ thể để thêm công việc</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Điểm quyết định</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Click in a lane to add a decision</source>
        <translation>Nhấp vào một chủ thể để thêm điểm quyết định</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Click in a lane to add the start</source>
        <translation>Nhấp vào một chủ thể để thêm bước bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Click in a lane to add an end</source>
        <translation>Nhấp vào một chủ thể để thêm bước kết thúc</translation>
    </message>
    <message>
        <source>Sub-procedure</source>
        <translation>Thủ tục thành phần</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Click in a lane to add a member procedure</source>
        <translation>Nhấp vào một chủ thể để thêm thủ tục thành phần</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Thêm chủ thể</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Add an actor after the selected lane</source>
        <translation>Thêm một chủ thể sau chủ thể đang chọn</translation>
    </message>
    <message>
        <source>Lane up</source>
        <translation>Chuyển chủ thể lên</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Lane down</source>
        <translation>Chuyển chủ thể xuống</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Tự động sắp xếp</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Arrange the chart automatically (one undo step)</source>
        <translation>Tự động sắp xếp sơ đồ (hoàn tác được bằng một bước)</translation>
    </message>
    <message>
        <source>Vertical lanes</source>
        <translation>Chủ thể theo cột</translation>
    </message>
    <message>
        <source>Lay the lanes out as columns instead of rows</source>
        <translation>Bố trí các chủ thể theo cột thay vì theo hàng</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Lưới</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Snap steps to a 10-point grid</source>
        <translation>Bắt các bước vào lưới 10 điểm</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Find a step (Ctrl+F)</source>
        <translation>Tìm bước (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find step</source>
        <translation>Tìm bước</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Chủ thể mới</translation>
    </message>
    <message>
        <source>No step matches “%1”.</source>
        <translation>Không có bước nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Straighten flow</source>
        <translation>Định tuyến lại tự động</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Route the selected flows automatically again</source>
        <translation>Bỏ điểm uốn, định tuyến tự động lại các luồng đang chọn</translation>
    </message>
</context>
<context>
    <name>tthc::DiagramExport</name>
    <message>
        <source>The resolution must be between 24 and 1200 dpi (asked: %1).</source>
        <translation>Độ phân giải phải trong khoảng 24 đến 1200 dpi (yêu cầu: %1).</translation>
    </message>
    <message>
        <source>The picture would be too large (%1 × %2 pixels); choose a lower resolution.</source>
        <translation>Ảnh sẽ quá lớn (%1 × %2 điểm ảnh); hãy chọn độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>Cannot write the picture “%1”.</source>
        <translation>Không thể ghi ảnh “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the drawing “%1”.</source>
        <translation>Không thể ghi bản vẽ “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”.</source>
        <translation>Không thể ghi tệp PDF “%1”.</translation>
    </message>
</context>
<context>
    <name>tthc::DocxWriter</name>
    <message>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tthc::DossierBuilder</name>
    <message>
        <source>The workspace has no group “%1”.</source>
        <translation>Không gian làm việc không có nhóm “%1”.</translation>
    </message>
    <message>
        <source>The workspace has no procedure “%1”.</source>
        <translation>Không gian làm việc không có thủ tục “%1”.</translation>
    </message>
    <message>
        <source>Group “%1”: the member procedure “%2” is not in the workspace.</source>
        <translation>Nhóm “%1”: thủ tục thành phần “%2” không có trong không gian làm việc.</translation>
    </message>
    <message>
        <source>%1: the procedure has no as-is chart yet; draw it before exporting the dossier.</source>
        <translation>%1: thủ tục chưa có sơ đồ hiện trạng; hãy vẽ sơ đồ trước khi xuất hồ sơ.</translation>
    </message>
    <message>
        <source>%1: there is no e-process yet; generate it (Process › Generate e-process, Ctrl+Shift+G) before exporting the dossier.</source>
        <translation>%1: chưa có quy trình điện tử; hãy tạo quy trình điện tử (Quy trình › Tạo quy trình điện tử, Ctrl+Shift+G) trước khi xuất hồ sơ.</translation>
    </message>
    <message>
        <source>The workspace has no procedure or group “%1”.</source>
        <translation>Không gian làm việc không có thủ tục hoặc nhóm “%1”.</translation>
    </message>
    <message>
        <source>the issuing body (issuingBody)</source>
        <translation>cơ quan ban hành (issuingBody)</translation>
    </message>
    <message>
        <source>its name in a sentence (issuingBodyName)</source>
        <translation>tên cơ quan ban hành viết trong câu (issuingBodyName)</translation>
    </message>
    <message>
        <source>the place (place)</source>
        <translation>địa danh (place)</translation>
    </message>
    <message>
        <source>who proposes (proposer)</source>
        <translation>người đề nghị (proposer)</translation>
    </message>
    <message>
        <source>the signer&apos;s name (signerName)</source>
        <translation>tên người ký (signerName)</translation>
    </message>
    <message>
        <source>The dossier settings lack %1. Fill them in under File › Dossier settings…, or on the command line: tthc-studio settings --workspace W.tthc --set KEY=VALUE, with the keys in brackets.</source>
        <translation>Thiết lập hồ sơ còn thiếu %1. Hãy điền trong Tệp › Thiết lập hồ sơ trình phê duyệt…, hoặc bằng dòng lệnh: tthc-studio settings --workspace W.tthc --set KHÓA=GIÁ_TRỊ, với khóa ghi trong ngoặc.</translation>
    </message>
</context>
<context>
    <name>tthc::DossierCode</name>
    <message>
        <source>“%1” is not a unit identifier code of the form V1V2V3.Z1Z2.Y1Y2.MX1X2 (for example 000.00.00.H29).</source>
        <translation>“%1” không phải là mã định danh đơn vị theo dạng V1V2V3.Z1Z2.Y1Y2.MX1X2 (ví dụ: 000.00.00.H29).</translation>
    </message>
    <message>
        <source>The intake date is not valid.</source>
        <translation>Ngày tiếp nhận không hợp lệ.</translation>
    </message>
    <message>
        <source>Sequence number %1 does not fit in %2 digits.</source>
        <translation>Số thứ tự %1 vượt quá %2 chữ số.</translation>
    </message>
    <message>
        <source>Unknown token {%1} in the dossier code pattern “%2”.</source>
        <translation>Thành phần {%1} trong mẫu mã hồ sơ “%2” không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>tthc::DossierDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>X&amp;uất</translation>
    </message>
    <message>
        <source>Export approval dossier</source>
        <translation>Xuất hồ sơ trình phê duyệt</translation>
    </message>
    <message>
        <source>Dossier of</source>
        <translation>Hồ sơ của</translation>
    </message>
    <message>
        <source>The selected procedure or group</source>
        <translation>Thủ tục hoặc nhóm đang chọn</translation>
    </message>
    <message>
        <source>Nothing is selected in the catalogue.</source>
        <translation>Chưa chọn mục nào trong danh mục.</translation>
    </message>
    <message>
        <source>Select a procedure or a group in the catalogue first.</source>
        <translation>Hãy chọn một thủ tục hoặc nhóm thủ tục trong danh mục trước.</translation>
    </message>
    <message>
        <source>&amp;All approved procedures and groups (%1)</source>
        <translation>&amp;Mọi thủ tục và nhóm đã phê duyệt (%1)</translation>
    </message>
    <message>
        <source>No procedure or group has been approved yet.</source>
        <translation>Chưa có thủ tục hoặc nhóm nào được phê duyệt.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>&amp;PDF — to print and sign</source>
        <translation>&amp;PDF — để in và ký</translation>
    </message>
    <message>
        <source>&amp;DOCX — to edit in a word processor</source>
        <translation>&amp;DOCX — để chỉnh sửa bằng trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>&amp;XLSX — the appendices&apos; tables, for a spreadsheet</source>
        <translation>&amp;XLSX — các bảng của phụ lục, dùng cho bảng tính</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Thư mục ghi kết quả</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Thư mục &amp;lưu:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Xem trước bản PDF</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Xem trước trang</translation>
    </message>
    <message>
        <source>%1 of %2 approved dossiers can be exported.</source>
        <translation>Có thể xuất %1/%2 hồ sơ đã phê duyệt.</translation>
    </message>
    <message>
        <source>One file per format for each dossier, named after its code.</source>
        <translation>Mỗi hồ sơ một tệp cho mỗi định dạng, đặt tên theo mã.</translation>
    </message>
    <message>
        <source>Writes %1.pdf, .docx or .xlsx into this folder, replacing files of those names.</source>
        <translation>Ghi %1.pdf, .docx hoặc .xlsx vào thư mục này, thay thế các tệp cùng tên.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Không có bản xem trước</translation>
    </message>
    <message>
        <source>This dossier cannot be exported yet.</source>
        <translation>Chưa thể xuất hồ sơ này.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Không có gì để xuất.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Hãy chọn ít nhất một định dạng.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Hãy chọn thư mục ghi kết quả.</translation>
    </message>
    <message>
        <source>Exporting the approval dossier…</source>
        <translation>Đang xuất hồ sơ trình phê duyệt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Exported %1 of %2: %3</source>
        <translation>Đã xuất %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No dossier was exported.
%1</source>
        <translation>Không xuất được hồ sơ nào.
%1</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Không xuất được:</translation>
    </message>
    <message>
        <source>Approval dossier exported</source>
        <translation>Đã xuất hồ sơ trình phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>The &amp;selected group</source>
        <translation>&amp;Nhóm thủ tục đang chọn</translation>
    </message>
    <message>
        <source>The &amp;selected procedure</source>
        <translation>&amp;Thủ tục đang chọn</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to “%1”.</source>
        <translation>
            <numerusform>Đã ghi %n tệp vào “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tthc::DossierExporter</name>
    <message>
        <source>%1: the chart was not drawn.</source>
        <translation>%1: chưa vẽ được sơ đồ.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>tthc::DossierSettingsDialog</name>
    <message>
        <source>Dossier settings</source>
        <translation>Thiết lập hồ sơ trình phê duyệt</translation>
    </message>
    <message>
        <source>As printed at the top left of the decision, one line each</source>
        <translation>Như in ở góc trên bên trái quyết định, mỗi dòng một cấp</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Name in a &amp;sentence:</source>
        <translation>&amp;Tên viết trong câu:</translation>
    </message>
    <message>
        <source>&amp;Number suffix:</source>
        <translation>&amp;Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Địa danh:</translation>
    </message>
    <message>
        <source>P&amp;roposed by:</source>
        <translation>Cơ quan đề &amp;nghị:</translation>
    </message>
    <message>
        <source>City p&amp;lan:</source>
        <translation>&amp;Kế hoạch của Thành phố:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Signer&apos;s na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Recip&amp;ients:</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <source>One per line, as printed under “Nơi nhận”.</source>
        <translation>Mỗi dòng một nơi nhận, như in dưới “Nơi nhận”.</translation>
    </message>
    <message>
        <source>Decision template</source>
        <translation>Mẫu quyết định</translation>
    </message>
    <message>
        <source>The built-in template (templates/decision-vi.json)</source>
        <translation>Mẫu có sẵn (templates/decision-vi.json)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>T&amp;emplate file:</source>
        <translation>Tệp &amp;mẫu:</translation>
    </message>
    <message>
        <source>Decision templates (*.json)</source>
        <translation>Mẫu quyết định (*.json)</translation>
    </message>
    <message>
        <source>The Chairman of the People&apos;s Committee (Chủ tịch UBND)</source>
        <translation>Chủ tịch Ủy ban nhân dân (Quyết định của Chủ tịch UBND)</translation>
    </message>
    <message>
        <source>The People&apos;s Committee as a body (UBND)</source>
        <translation>Ủy ban nhân dân (tập thể UBND)</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Người &amp;ban hành:</translation>
    </message>
    <message>
        <source>The Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>A Vice-Chairman (KT. CHỦ TỊCH)</source>
        <translation>Phó Chủ tịch (KT. CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Title line: %1
Signature: %2
Appendices: “… của %3”</source>
        <translation>Dòng thẩm quyền: %1
Khối chữ ký: %2
Phụ lục: “… của %3”</translation>
    </message>
</context>
<context>
    <name>tthc::EditFlowCommand</name>
    <message>
        <source>Edit flow “%1” → “%2”</source>
        <translation>Sửa luồng “%1” → “%2”</translation>
    </message>
    <message>
        <source>The flow “%1” no longer exists.</source>
        <translation>Luồng “%1” không còn tồn tại.</translation>
    </message>
    <message>
        <source>A flow must connect two existing steps.</source>
        <translation>Luồng phải nối hai bước đã tồn tại.</translation>
    </message>
</context>
<context>
    <name>tthc::EditLaneCommand</name>
    <message>
        <source>Rename lane to “%1”</source>
        <translation>Đổi tên chủ thể thành “%1”</translation>
    </message>
    <message>
        <source>Edit lane “%1”</source>
        <translation>Sửa chủ thể “%1”</translation>
    </message>
    <message>
        <source>The lane “%1” no longer exists.</source>
        <translation>Chủ thể “%1” không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>tthc::EditStepCommand</name>
    <message>
        <source>Rename step to “%1”</source>
        <translation>Đổi tên bước thành “%1”</translation>
    </message>
    <message>
        <source>Edit step “%1”</source>
        <translation>Sửa bước “%1”</translation>
    </message>
    <message>
        <source>The step “%1” no longer exists.</source>
        <translation>Bước “%1” không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>tthc::EligibilityRules</name>
    <message>
        <source>Published with full information on the National Public Service Portal and the city&apos;s administrative procedure information system</source>
        <translation>Được công khai đầy đủ thông tin trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết TTHC của thành phố</translation>
    </message>
    <message>
        <source>The forms can be downloaded by citizens and organisations</source>
        <translation>Tổ chức, cá nhân tải được biểu mẫu, tờ khai</translation>
    </message>
    <message>
        <source>The forms can be filled in and the whole dossier sent online, with a digital signature where a signature is required</source>
        <translation>Điền được biểu mẫu và gửi toàn bộ hồ sơ trực tuyến, có chữ ký số đối với trường hợp yêu cầu chữ ký</translation>
    </message>
    <message>
        <source>Fees, charges and other financial obligations can be paid online</source>
        <translation>Thanh toán trực tuyến được phí, lệ phí và các nghĩa vụ tài chính khác</translation>
    </message>
    <message>
        <source>The dossier is received and processed online</source>
        <translation>Hồ sơ được tiếp nhận và giải quyết trên môi trường mạng</translation>
    </message>
</context>
<context>
    <name>tthc::EvaluationPanel</name>
    <message>
        <source> VND/hour</source>
        <translation> đồng/giờ</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>Inputs (Thông tư 02/2017/TT-VPCP, Điều 27)</source>
        <translation>Thông số đầu vào (Thông tư 02/2017/TT-VPCP, Điều 27)</translation>
    </message>
    <message>
        <source>Hourly &amp;income of the applicant:</source>
        <translation>Thu nhập &amp;bình quân mỗi giờ của người nộp hồ sơ:</translation>
    </message>
    <message>
        <source>Hourly cost of the agency&apos;s &amp;staff:</source>
        <translation>Chi phí giờ &amp;công của cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Source of the figures:</source>
        <translation>&amp;Nguồn số liệu:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Saving (%)</source>
        <translation>Tiết kiệm (%)</translation>
    </message>
    <message>
        <source>A group uses the rates of each member procedure; edit them on the members.</source>
        <translation>Nhóm thủ tục dùng đơn giá của từng thủ tục thành viên; hãy sửa đơn giá tại các thủ tục đó.</translation>
    </message>
    <message>
        <source>No hourly income is set: the default %1 is used. %2</source>
        <translation>Chưa nhập thu nhập bình quân mỗi giờ: dùng giá trị mặc định %1. %2</translation>
    </message>
    <message>
        <source>No agency hourly cost is set: the default %1 is used. %2</source>
        <translation>Chưa nhập chi phí giờ công của cơ quan: dùng giá trị mặc định %1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time and cost saved&lt;/b&gt; — %1. Every figure is computed from the charts and the inputs below; %2 dossiers a year.</source>
        <translation>&lt;b&gt;Thời gian và chi phí tiết kiệm được&lt;/b&gt; — %1. Mọi số liệu được tính từ các sơ đồ và thông số đầu vào dưới đây; %2 hồ sơ/năm.</translation>
    </message>
    <message>
        <source>Applicant&apos;s hours per dossier</source>
        <translation>Số giờ của người nộp hồ sơ/hồ sơ</translation>
    </message>
    <message>
        <source>Agency&apos;s hours per dossier</source>
        <translation>Số giờ của cơ quan/hồ sơ</translation>
    </message>
    <message>
        <source>Applicant&apos;s hours per year</source>
        <translation>Số giờ của người nộp hồ sơ/năm</translation>
    </message>
    <message>
        <source>Agency&apos;s hours per year</source>
        <translation>Số giờ của cơ quan/năm</translation>
    </message>
    <message>
        <source>Applicant h</source>
        <translation>Giờ người nộp</translation>
    </message>
    <message>
        <source>Agency h</source>
        <translation>Giờ cơ quan</translation>
    </message>
    <message>
        <source>Cost per dossier (thousand VND)</source>
        <translation>Chi phí mỗi hồ sơ (nghìn đồng)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>not set (the default is used)</source>
        <translation>chưa nhập (dùng giá trị mặc định)</translation>
    </message>
    <message>
        <source>Chooses the default hourly income when none is entered.</source>
        <translation>Quyết định mức thu nhập mặc định khi chưa nhập thu nhập mỗi giờ.</translation>
    </message>
    <message>
        <source>&amp;Applicants:</source>
        <translation>&amp;Đối tượng thực hiện:</translation>
    </message>
    <message>
        <source>Compliance cost per dossier (the applicant&apos;s time, fees, direct costs)</source>
        <translation>Chi phí tuân thủ một hồ sơ (thời gian của người dân, phí, lệ phí, chi phí trực tiếp)</translation>
    </message>
    <message>
        <source>Agency&apos;s cost per dossier (separate, not part of the compliance cost)</source>
        <translation>Chi phí của cơ quan một hồ sơ (tính riêng, không thuộc chi phí tuân thủ)</translation>
    </message>
    <message>
        <source>Compliance cost per year</source>
        <translation>Chi phí tuân thủ một năm</translation>
    </message>
    <message>
        <source>Agency&apos;s cost per year</source>
        <translation>Chi phí của cơ quan một năm</translation>
    </message>
    <message>
        <source>Time, visits, documents, steps, days (per dossier)</source>
        <translation>Thời gian, số lượt đi lại, giấy tờ, số bước, số ngày (một hồ sơ)</translation>
    </message>
    <message>
        <source>Compliance cost</source>
        <translation>Chi phí tuân thủ</translation>
    </message>
</context>
<context>
    <name>tthc::IssuesPanel</name>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>nhóm %1</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>hiện trạng</translation>
    </message>
    <message>
        <source>e-process</source>
        <translation>quy trình điện tử</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>bước %1</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>luồng %1</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>không gian làm việc</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 lỗi, %2 cảnh báo</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>bước “%1”</translation>
    </message>
</context>
<context>
    <name>tthc::Labels</name>
    <message>
        <source>Applicant</source>
        <translation>Tổ chức, cá nhân</translation>
    </message>
    <message>
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Specialist unit</source>
        <translation>Đơn vị chuyên môn</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Cơ quan khác</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Hệ thống thông tin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Điểm quyết định</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Sub-procedure</source>
        <translation>Thủ tục thành phần</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Luồng tuần tự</translation>
    </message>
    <message>
        <source>Message flow (interconnection)</source>
        <translation>Luồng liên thông</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu đơn, tờ khai</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>National database</source>
        <translation>Cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <source>Sectoral database</source>
        <translation>Cơ sở dữ liệu chuyên ngành</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Sẵn sàng, chưa kết nối</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Đang xây dựng</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Simplify</source>
        <translation>Đơn giản hóa</translation>
    </message>
    <message>
        <source>Automate</source>
        <translation>Tự động hóa</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>Cắt giảm</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Cấp bộ</translation>
    </message>
    <message>
        <source>Not online</source>
        <translation>Chưa trực tuyến</translation>
    </message>
    <message>
        <source>Partially online</source>
        <translation>Trực tuyến một phần</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Under appraisal</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Preparation by the applicant</source>
        <translation>chuẩn bị của người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Submission / intake</source>
        <translation>nộp, tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <source>Look-up</source>
        <translation>tra cứu</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>thông báo</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>ký</translation>
    </message>
    <message>
        <source>Entry in a register</source>
        <translation>ghi sổ</translation>
    </message>
    <message>
        <source>Producing the result (printing, issuing)</source>
        <translation>tạo kết quả (in, cấp)</translation>
    </message>
    <message>
        <source>Examination in person</source>
        <translation>khám, kiểm tra trực tiếp</translation>
    </message>
    <message>
        <source>Result delivery</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>Electronic result</source>
        <translation>Kết quả điện tử</translation>
    </message>
    <message>
        <source>Electronic result, paper copy by post on request</source>
        <translation>Kết quả điện tử, bản giấy qua bưu chính nếu đăng ký</translation>
    </message>
    <message>
        <source>At the one-stop desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>step nature</comment>
        <translation>quyết định, phê duyệt</translation>
    </message>
    <message>
        <source>District (before 1 July 2025)</source>
        <translation>Cấp huyện (trước 1/7/2025)</translation>
    </message>
</context>
<context>
    <name>tthc::LayoutClient</name>
    <message>
        <source>the layout helper program %1 could not be started</source>
        <translation>không khởi động được chương trình hỗ trợ sắp xếp %1</translation>
    </message>
    <message>
        <source>The automatic layout failed: %1. The diagram was left unchanged.</source>
        <translation>Tự động sắp xếp không thành công: %1. Sơ đồ được giữ nguyên.</translation>
    </message>
    <message>
        <source>another automatic layout is still running</source>
        <translation>một lượt tự động sắp xếp khác đang chạy</translation>
    </message>
    <message>
        <source>the layout helper program stopped unexpectedly</source>
        <translation>chương trình hỗ trợ sắp xếp dừng đột ngột</translation>
    </message>
    <message>
        <source>the layout helper program gave an answer that could not be read</source>
        <translation>chương trình hỗ trợ sắp xếp trả về kết quả không đọc được</translation>
    </message>
    <message>
        <source>the layout helper program could not read the request (%1)</source>
        <translation>chương trình hỗ trợ sắp xếp không đọc được yêu cầu (%1)</translation>
    </message>
    <message>
        <source>the chart could not be laid out (%1)</source>
        <translation>không sắp xếp được sơ đồ (%1)</translation>
    </message>
    <message>
        <source>the layout helper program did not answer within %1 seconds</source>
        <translation>chương trình hỗ trợ sắp xếp không trả lời trong %1 giây</translation>
    </message>
</context>
<context>
    <name>tthc::LegalBasis</name>
    <message>
        <source>number</source>
        <translation>số hiệu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày ban hành</translation>
    </message>
    <message>
        <source>title</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tthc::ListEditor</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>tthc::MainWindow</name>
    <message>
        <source>TTHC Studio workspaces (*.tthc)</source>
        <translation>Không gian làm việc TTHC Studio (*.tthc)</translation>
    </message>
    <message>
        <source>Search by code or name (Ctrl+F)</source>
        <translation>Tìm theo mã hoặc tên (Ctrl+F)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Tạo không gian làm việc mới…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Mở không gian làm việc…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open the &amp;sample workspace</source>
        <translation>Mở không gian làm việc mẫ&amp;u</translation>
    </message>
    <message>
        <source>&amp;Import tthc-json…</source>
        <translation>&amp;Nhập tthc-json…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export tthc-json…</source>
        <translation>&amp;Xuất tthc-json…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;New procedure…</source>
        <translation>Thêm thủ tục &amp;mới…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Delete procedure</source>
        <translation>&amp;Xóa thủ tục</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;Kiểm tra không gian làm việc</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About TTHC Studio</source>
        <translation>&amp;Giới thiệu TTHC Studio</translation>
    </message>
    <message>
        <source>About TTHC Studio</source>
        <translation>Giới thiệu TTHC Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TTHC Studio %1&lt;/h3&gt;&lt;p&gt;Reengineering of administrative procedures before they are provided as online public services: the as-is chart, the four-criteria analysis, the e-process, the evaluation and the approval dossier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TTHC Studio %1&lt;/h3&gt;&lt;p&gt;Tái cấu trúc quy trình thủ tục hành chính trước khi cung cấp dưới dạng dịch vụ công trực tuyến: sơ đồ quy trình hiện trạng, phân tích theo bốn tiêu chí, quy trình điện tử, đánh giá và hồ sơ trình phê duyệt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Procedure catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vấn đề cần xử lý</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Lịch sử hoàn tác</translation>
    </message>
    <message>
        <source>&lt;opened workspace&gt;</source>
        <translation>&lt;không gian làm việc vừa mở&gt;</translation>
    </message>
    <message>
        <source>TTHC Studio</source>
        <translation>TTHC Studio</translation>
    </message>
    <message>
        <source>The embedded sample workspace is missing from this build.</source>
        <translation>Bản dựng này thiếu không gian làm việc mẫu đi kèm.</translation>
    </message>
    <message>
        <source>%1 — TTHC Studio</source>
        <translation>%1 — TTHC Studio</translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation>Mọi thay đổi đã được lưu</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Tạo không gian làm việc mới</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File › Open.</source>
        <translation>“%1” đã tồn tại. Hãy chọn tên khác, hoặc mở tệp này bằng Tệp › Mở không gian làm việc.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Mở không gian làm việc</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing.</source>
        <translation>Hãy mở hoặc tạo không gian làm việc trước khi nhập.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”:
%2</source>
        <translation>Không nhập được dữ liệu nào từ “%1”:
%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>Imported %1 procedure(s) and %2 group(s).</source>
        <translation>Đã nhập %1 thủ tục và %2 nhóm.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Import tthc-json</source>
        <translation>Nhập tthc-json</translation>
    </message>
    <message>
        <source>tthc-json files (*.json)</source>
        <translation>Tệp tthc-json (*.json)</translation>
    </message>
    <message>
        <source>Export tthc-json</source>
        <translation>Xuất tthc-json</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Hãy mở hoặc tạo không gian làm việc trước.</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Thêm thủ tục mới</translation>
    </message>
    <message>
        <source>e.g. 1.002804</source>
        <translation>ví dụ: 1.002804</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter the code and the name of the procedure.</source>
        <translation>Hãy nhập mã và tên của thủ tục.</translation>
    </message>
    <message>
        <source>A procedure with code %1 already exists.</source>
        <translation>Đã có thủ tục mang mã %1.</translation>
    </message>
    <message>
        <source>Procedure %1 deleted. Undo with Ctrl+Z.</source>
        <translation>Đã xóa thủ tục %1. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language will change the next time TTHC Studio starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động TTHC Studio tiếp theo.</translation>
    </message>
    <message>
        <source>(not in the workspace)</source>
        <translation>(không có trong không gian làm việc)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Group of linked procedures, in order:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Overall chart (as-is):&lt;/b&gt; %3 steps · &lt;b&gt;e-process:&lt;/b&gt; %4 steps&lt;/p&gt;&lt;p&gt;&lt;b&gt;Review:&lt;/b&gt; %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Nhóm TTHC liên thông, theo thứ tự:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Sơ đồ tổng thể (hiện trạng):&lt;/b&gt; %3 bước · &lt;b&gt;Quy trình điện tử:&lt;/b&gt; %4 bước&lt;/p&gt;&lt;p&gt;&lt;b&gt;Thẩm định:&lt;/b&gt; %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Lỗi: %1 · Cảnh báo: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Chưa mở không gian làm việc</translation>
    </message>
    <message>
        <source>%1 procedure(s) · %2 group(s)</source>
        <translation>%1 thủ tục · %2 nhóm</translation>
    </message>
    <message>
        <source>Reading and checking “%1”…</source>
        <translation>Đang đọc và kiểm tra “%1”…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Đã hủy nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>As-is chart</source>
        <translation>Sơ đồ hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>The chart has no steps to arrange yet.</source>
        <translation>Sơ đồ chưa có bước nào để sắp xếp.</translation>
    </message>
    <message>
        <source>Arranging the chart…</source>
        <translation>Đang sắp xếp sơ đồ…</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Tự động sắp xếp</translation>
    </message>
    <message>
        <source>Auto-layout cancelled; the chart was left unchanged.</source>
        <translation>Đã hủy tự động sắp xếp; sơ đồ được giữ nguyên.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Mức độ sẵn sàng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>Thêm hệ thống</translation>
    </message>
    <message>
        <source>Criteria analysis</source>
        <translation>Phân tích theo tiêu chí</translation>
    </message>
    <message>
        <source>Edit the documents of %1</source>
        <translation>Sửa thành phần hồ sơ của %1</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Hệ thống mới</translation>
    </message>
    <message>
        <source>Every system needs an id and a name.</source>
        <translation>Mỗi hệ thống cần có mã và tên.</translation>
    </message>
    <message>
        <source>Edit the registry of systems</source>
        <translation>Sửa danh mục hệ thống</translation>
    </message>
    <message>
        <source>National and sectoral systems</source>
        <translation>Hệ thống, CSDL quốc gia và chuyên ngành</translation>
    </message>
    <message>
        <source>Opened the chart of member procedure %1.</source>
        <translation>Đã mở sơ đồ của thủ tục thành phần %1.</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Chỉ số cắt giảm</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Quy trình</translation>
    </message>
    <message>
        <source>&amp;Generate e-process from the analysis</source>
        <translation>&amp;Tạo quy trình điện tử từ kết quả phân tích</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Build the e-process from the as-is chart and the proposed action of each step</source>
        <translation>Xây dựng quy trình điện tử từ sơ đồ hiện trạng và phương án đề xuất cho từng bước</translation>
    </message>
    <message>
        <source>Show the &amp;as-is chart</source>
        <translation>Xem sơ đồ &amp;hiện trạng</translation>
    </message>
    <message>
        <source>Show the &amp;e-process</source>
        <translation>Xem quy trình &amp;điện tử</translation>
    </message>
    <message>
        <source>Catalogue &amp;table</source>
        <translation>&amp;Bảng danh mục thủ tục</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Choose a procedure or a group in the catalogue first.</source>
        <translation>Hãy chọn một thủ tục hoặc một nhóm trong danh mục trước.</translation>
    </message>
    <message>
        <source>Generate e-process</source>
        <translation>Tạo quy trình điện tử</translation>
    </message>
    <message numerus="yes">
        <source>The e-process of %1 has been edited by hand. Generating it again replaces it: %n change(s), listed in the details. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Quy trình điện tử của %1 đã được chỉnh sửa thủ công. Tạo lại sẽ thay thế quy trình này: có %n thay đổi, xem phần chi tiết. Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Generate the e-process</source>
        <translation>Tạo quy trình điện tử</translation>
    </message>
    <message>
        <source>&amp;Reduction indicators explained</source>
        <translation>Định nghĩa các &amp;chỉ số cắt giảm</translation>
    </message>
    <message>
        <source>Reduction indicators</source>
        <translation>Chỉ số cắt giảm</translation>
    </message>
    <message>
        <source>&lt;p&gt;How each indicator of the Reductions tab is computed from the charts and the analysis (never typed in):&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Cách tính từng chỉ số trong thẻ Chỉ số cắt giảm từ các sơ đồ và phần phân tích (không nhập tay):&lt;/p&gt;%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá hiệu quả</translation>
    </message>
    <message>
        <source>Export approval &amp;dossier…</source>
        <translation>Xuất &amp;hồ sơ trình phê duyệt…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>The draft decision and its appendices as PDF, DOCX and XLSX, with a preview</source>
        <translation>Dự thảo quyết định và các phụ lục dưới dạng PDF, DOCX và XLSX, có xem trước</translation>
    </message>
    <message>
        <source>Dossier se&amp;ttings…</source>
        <translation>&amp;Thiết lập hồ sơ trình phê duyệt…</translation>
    </message>
    <message numerus="yes">
        <source>Read in %n change(s) that another user or program saved to this workspace.</source>
        <translation>
            <numerusform>Đã đọc %n thay đổi do người dùng hoặc chương trình khác lưu vào không gian làm việc này.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) — TTHC Studio</source>
        <translation>%1 (chỉ đọc) — TTHC Studio</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file</source>
        <translation>Chỉ đọc: không lưu được thay đổi vào tệp này</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n procedure(s)</source>
        <translation>
            <numerusform>Xóa %n thủ tục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Đã xóa %n thủ tục. Hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Derivation rules</source>
        <translation>&amp;Quy tắc tạo quy trình điện tử</translation>
    </message>
    <message>
        <source>Derivation rules</source>
        <translation>Quy tắc tạo quy trình điện tử</translation>
    </message>
    <message>
        <source>&lt;p&gt;How “Generate e-process” builds the e-process from the as-is chart and the analysis, and what every e-process is checked for:&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Cách lệnh “Tạo quy trình điện tử” xây dựng quy trình điện tử từ sơ đồ hiện trạng và kết quả phân tích, và những gì được kiểm tra ở mọi quy trình điện tử:&lt;/p&gt;%1</translation>
    </message>
    <message>
        <source>E-process generated</source>
        <translation>Đã tạo quy trình điện tử</translation>
    </message>
    <message numerus="yes">
        <source>The e-process of %1 was generated. %n point(s) to check, listed below (Help ▸ Derivation rules explains the rules).</source>
        <translation>
            <numerusform>Đã tạo quy trình điện tử của %1. Có %n điểm cần kiểm tra, liệt kê dưới đây (Trợ giúp ▸ Quy tắc tạo quy trình điện tử giải thích các quy tắc).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance cost and the agencies&apos; cost</source>
        <translation>Chi phí tuân thủ và chi phí của cơ quan giải quyết</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p thực hiện:</translation>
    </message>
</context>
<context>
    <name>tthc::MoveLaneCommand</name>
    <message>
        <source>Reorder lanes</source>
        <translation>Đổi thứ tự chủ thể</translation>
    </message>
    <message>
        <source>The lane “%1” cannot be moved there.</source>
        <translation>Không thể chuyển chủ thể “%1” đến vị trí đó.</translation>
    </message>
</context>
<context>
    <name>tthc::MoveStepsCommand</name>
    <message>
        <source>Move step</source>
        <translation>Di chuyển bước</translation>
    </message>
    <message>
        <source>Move %1 steps</source>
        <translation>Di chuyển %1 bước</translation>
    </message>
</context>
<context>
    <name>tthc::PasteCommand</name>
    <message>
        <source>Paste %1 steps</source>
        <translation>Dán %1 bước</translation>
    </message>
    <message>
        <source>A step with id “%1” already exists.</source>
        <translation>Đã có bước mang mã “%1”.</translation>
    </message>
</context>
<context>
    <name>tthc::PdfWriter</name>
    <message>
        <source>Cannot write the file “%1”.</source>
        <translation>Không ghi được tệp “%1”.</translation>
    </message>
</context>
<context>
    <name>tthc::PriorityRules</name>
    <message>
        <source>%1 dossiers a year (≥ %2)</source>
        <translation>%1 hồ sơ/năm (≥ %2)</translation>
    </message>
    <message>
        <source>Marked as having many dossiers (no yearly figure recorded)</source>
        <translation>Được đánh dấu có số lượng hồ sơ lớn (chưa ghi số liệu theo năm)</translation>
    </message>
    <message>
        <source>Performed frequently and continuously by citizens and businesses</source>
        <translation>Người dân, doanh nghiệp thực hiện thường xuyên, liên tục</translation>
    </message>
    <message>
        <source>%1 complaints and petitions a year (≥ %2)</source>
        <translation>%1 phản ánh, kiến nghị/năm (≥ %2)</translation>
    </message>
    <message>
        <source>Marked as having many complaints and petitions</source>
        <translation>Được đánh dấu có nhiều phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Needed to improve the investment and business environment</source>
        <translation>Cần thiết để cải thiện môi trường đầu tư kinh doanh</translation>
    </message>
</context>
<context>
    <name>tthc::ProcedureForm</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>The code of the procedure in the national database; it identifies the procedure.</source>
        <translation>Mã của thủ tục trên Cơ sở dữ liệu quốc gia về TTHC; dùng để định danh thủ tục.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p thực hiện:</translation>
    </message>
    <message>
        <source>Dossiers per &amp;year:</source>
        <translation>Số &amp;hồ sơ/năm:</translation>
    </message>
    <message>
        <source>&amp;Complaints per year:</source>
        <translation>Số phản ánh, &amp;kiến nghị/năm:</translation>
    </message>
    <message>
        <source>&amp;Statutory time limit:</source>
        <translation>Thời hạn &amp;giải quyết:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>&amp;Online level:</source>
        <translation>&amp;Mức độ trực tuyến:</translation>
    </message>
    <message>
        <source>Conditions for fully online provision</source>
        <translation>Điều kiện cung cấp trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>1. Published on the national database of procedures</source>
        <translation>1. Công khai trên Cơ sở dữ liệu quốc gia về TTHC</translation>
    </message>
    <message>
        <source>2. Forms can be downloaded</source>
        <translation>2. Biểu mẫu tải được</translation>
    </message>
    <message>
        <source>3. Forms can be filled in and submitted online (digital signature where required)</source>
        <translation>3. Biểu mẫu điền và nộp trực tuyến được (ký số khi có yêu cầu)</translation>
    </message>
    <message>
        <source>4. Fees can be paid online</source>
        <translation>4. Phí, lệ phí thanh toán trực tuyến được</translation>
    </message>
    <message>
        <source>5. The dossier is processed on the network</source>
        <translation>5. Hồ sơ được xử lý trên môi trường mạng</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Tiêu chí ưu tiên</translation>
    </message>
    <message>
        <source>High volume of dossiers</source>
        <translation>Số lượng hồ sơ lớn</translation>
    </message>
    <message>
        <source>Frequently used</source>
        <translation>Thực hiện thường xuyên</translation>
    </message>
    <message>
        <source>Many complaints and petitions</source>
        <translation>Nhiều phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Needed for the investment environment</source>
        <translation>Phục vụ môi trường đầu tư kinh doanh</translation>
    </message>
    <message>
        <source>Legal basis (one document per line)</source>
        <translation>Căn cứ pháp lý (mỗi văn bản một dòng)</translation>
    </message>
    <message>
        <source>Evaluation inputs</source>
        <translation>Dữ liệu đầu vào để đánh giá</translation>
    </message>
    <message>
        <source>Hourly &amp;income of the applicant:</source>
        <translation>Thu nhập &amp;bình quân mỗi giờ của người nộp hồ sơ:</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Source and notes:</source>
        <translation>Nguồn và ghi chú:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>not drawn yet</source>
        <translation>chưa vẽ sơ đồ</translation>
    </message>
    <message>
        <source>%1 steps, %2 actors, %3 flows</source>
        <translation>%1 bước, %2 chủ thể, %3 luồng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Documents of the dossier (thành phần hồ sơ)</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Thêm thành phần hồ sơ</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Thành phần hồ sơ mới</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fees:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;As-is process:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;E-process:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Analysed steps:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Review:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Phí, lệ phí:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Quy trình hiện trạng:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quy trình điện tử:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Số bước đã phân tích:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Thẩm định:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1.&lt;/b&gt; Every condition is met.</source>
        <translation>&lt;b&gt;Mức độ đề xuất: %1.&lt;/b&gt; Đáp ứng đủ các điều kiện.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1.&lt;/b&gt; Blocking full online: %2</source>
        <translation>&lt;b&gt;Mức độ đề xuất: %1.&lt;/b&gt; Điều kiện chưa đáp ứng để trực tuyến toàn trình: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;The online level is set to fully online although the checklist does not allow it.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;Mức độ trực tuyến đang đặt là toàn trình, trong khi thủ tục chưa đáp ứng đủ điều kiện.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Priority procedure:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;TTHC ưu tiên:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Not a priority under the plan&apos;s criteria.</source>
        <translation>Không thuộc diện ưu tiên theo tiêu chí của kế hoạch.</translation>
    </message>
    <message>
        <source>Hourly cost of the agency&apos;s &amp;staff:</source>
        <translation>Chi phí giờ &amp;công của cán bộ:</translation>
    </message>
</context>
<context>
    <name>tthc::ProcessCommand</name>
    <message>
        <source>The procedure or group “%1” no longer exists.</source>
        <translation>Thủ tục hoặc nhóm “%1” không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>tthc::ProcessScene</name>
    <message>
        <source>Click inside a lane (actor) to place the step; add a lane first if there is none.</source>
        <translation>Hãy nhấp vào bên trong một chủ thể để đặt bước; nếu chưa có chủ thể nào, hãy thêm chủ thể trước.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Bước mới</translation>
    </message>
    <message>
        <source>Condition met?</source>
        <translation>Đạt điều kiện?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Member procedure</source>
        <translation>Thủ tục thành phần</translation>
    </message>
    <message>
        <source>Cut %1 steps</source>
        <translation>Cắt %1 bước</translation>
    </message>
    <message>
        <source>A flow cannot lead from a step back to itself; draw it to another step.</source>
        <translation>Luồng không thể đi từ một bước quay lại chính bước đó; hãy nối tới một bước khác.</translation>
    </message>
    <message>
        <source>A step needs a name; “%1” was kept.</source>
        <translation>Bước phải có tên; đã giữ tên “%1”.</translation>
    </message>
    <message>
        <source>A lane (actor) needs a name; “%1” was kept.</source>
        <translation>Chủ thể phải có tên; đã giữ tên “%1”.</translation>
    </message>
    <message>
        <source>The lane “%1” still holds steps (“%2” …); move or delete them first.</source>
        <translation>Chủ thể “%1” vẫn còn bước (“%2” …); hãy chuyển hoặc xóa các bước đó trước.</translation>
    </message>
</context>
<context>
    <name>tthc::PropertiesPanel</name>
    <message>
        <source>Select a step, a flow or a lane on the chart to see and edit its properties.</source>
        <translation>Chọn một bước, một luồng hoặc một chủ thể trên sơ đồ để xem và sửa thuộc tính.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>In person (a trip or a contact)</source>
        <translation>Trực tiếp (một lần đi lại hoặc tiếp xúc)</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>Thực hiện thủ công</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>C&amp;hủ thể:</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>&amp;Nhiệm vụ:</translation>
    </message>
    <message>
        <source>Member &amp;procedure:</source>
        <translation>Thủ tục thành &amp;phần:</translation>
    </message>
    <message>
        <source>Working &amp;time:</source>
        <translation>Thời gian &amp;xử lý:</translation>
    </message>
    <message>
        <source>&amp;Waiting:</source>
        <translation>Thời gian &amp;chờ:</translation>
    </message>
    <message>
        <source>Direct &amp;cost:</source>
        <translation>Chi phí trực &amp;tiếp:</translation>
    </message>
    <message>
        <source>Documents handed in:</source>
        <translation>Thành phần hồ sơ nộp:</translation>
    </message>
    <message>
        <source>Systems used:</source>
        <translation>Hệ thống sử dụng:</translation>
    </message>
    <message>
        <source>Derived from (as-is):</source>
        <translation>Bắt nguồn từ (hiện trạng):</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Luồng:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Actor &amp;name:</source>
        <translation>&amp;Tên chủ thể:</translation>
    </message>
    <message>
        <source>Actor k&amp;ind:</source>
        <translation>&amp;Loại chủ thể:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>What the step is: it decides what “automate” may do with it (Help ▸ Derivation rules).</source>
        <translation>Tính chất của bước: quyết định “tự động hóa” được làm gì với bước này (Trợ giúp ▸ Quy tắc tạo quy trình điện tử).</translation>
    </message>
    <message>
        <source>Where the applicant goes for an in-person step: consecutive in-person steps at the same place are one visit.</source>
        <translation>Nơi người dân phải đến đối với bước thực hiện trực tiếp: các bước trực tiếp liền nhau tại cùng một nơi là một lượt.</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>theo quy tắc</translation>
    </message>
    <message>
        <source>The applicant&apos;s own time at a step of another lane. Not given: the step&apos;s working time when it is in person (the applicant is at the counter), else none.</source>
        <translation>Thời gian của chính người dân tại một bước thuộc làn khác. Không nhập: bằng thời gian làm việc của bước khi bước đó thực hiện trực tiếp (người dân có mặt tại quầy), nếu không thì bằng 0.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>An officer&apos;s time at a step of the applicant or of a system (for instance taking the photo).</source>
        <translation>Thời gian của cán bộ tại một bước của người dân hoặc của hệ thống (ví dụ chụp ảnh).</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;own time:</source>
        <translation>Thời gian của người &amp;dân:</translation>
    </message>
    <message>
        <source>&amp;Officer&apos;s time:</source>
        <translation>Thời gian của &amp;cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>Tính c&amp;hất:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Nơi đ&amp;ến:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Xác suất:</translation>
    </message>
    <message>
        <source>By its name: %1</source>
        <translation>Theo tên: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>the procedure&apos;s agency</source>
        <translation>cơ quan giải quyết thủ tục</translation>
    </message>
    <message>
        <source>Used now: %1 %. %2 Not given: the branches back to an earlier step (a request to complete the dossier) share %3 %, the first other branch takes the rest; given on some branches: the others share what is left.</source>
        <translation>Đang dùng: %1 %. %2 Không nhập: các nhánh quay lại bước trước (yêu cầu bổ sung hồ sơ) chia nhau %3 %, nhánh đầu tiên còn lại nhận phần còn lại; nhập cho một số nhánh: các nhánh khác chia nhau phần còn lại.</translation>
    </message>
    <message>
        <source>This branch goes back to an earlier step.</source>
        <translation>Nhánh này quay lại một bước trước.</translation>
    </message>
    <message>
        <source>Only the branches of a decision have a probability.</source>
        <translation>Chỉ các nhánh của điểm quyết định mới có xác suất.</translation>
    </message>
</context>
<context>
    <name>tthc::ReductionRules</name>
    <message>
        <source>Documents to submit</source>
        <translation>Số thành phần hồ sơ phải nộp</translation>
    </message>
    <message>
        <source>Manual steps of the agency</source>
        <translation>Số bước xử lý thủ công của cơ quan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Tổng số bước</translation>
    </message>
    <message>
        <source>The number of different documents handed in at the steps of the chart, each document counted once however many steps ask for it. In the e-process, the documents that the analysis reuses from a system (column “reused documents”) are not submitted and are not counted, at whatever step they still appear.</source>
        <translation>Số thành phần hồ sơ khác nhau được nộp tại các bước của sơ đồ, mỗi thành phần tính một lần dù được yêu cầu ở nhiều bước. Trong quy trình điện tử, các thành phần hồ sơ được tái sử dụng từ hệ thống theo phần phân tích (cột “thành phần hồ sơ tái sử dụng”) không phải nộp và không được tính, dù còn xuất hiện ở bước nào.</translation>
    </message>
    <message>
        <source>The number of steps marked “manual” in the lanes of the agencies (one-stop desk, specialist unit, leader, other agency): steps of the applicant and of an information system do not count.</source>
        <translation>Số bước được đánh dấu “thủ công” thuộc các chủ thể là cơ quan (Bộ phận Một cửa, đơn vị chuyên môn, lãnh đạo, cơ quan khác); các bước của người nộp hồ sơ và của hệ thống thông tin không được tính.</translation>
    </message>
    <message>
        <source>The number of tasks, decisions and sub-procedures of the chart; start and end do not count.</source>
        <translation>Số công việc, điểm quyết định và thủ tục thành phần của sơ đồ; bước bắt đầu và kết thúc không được tính.</translation>
    </message>
    <message>
        <source>within it</source>
        <translation>trong thời hạn</translation>
    </message>
    <message>
        <source>over it</source>
        <translation>vượt thời hạn</translation>
    </message>
    <message>
        <source>Statutory processing time: %1 working days. As-is %2 (%3), e-process %4 (%5).</source>
        <translation>Thời hạn giải quyết theo quy định: %1 ngày làm việc. Hiện trạng %2 (%3), quy trình điện tử %4 (%5).</translation>
    </message>
    <message>
        <source>Visits and in-person contacts</source>
        <translation>Số lượt đi lại, tiếp xúc trực tiếp</translation>
    </message>
    <message>
        <source>Processing time (working days)</source>
        <translation>Thời gian giải quyết (ngày làm việc)</translation>
    </message>
    <message>
        <source>Total elapsed time (working days)</source>
        <translation>Tổng thời gian thực hiện (ngày làm việc)</translation>
    </message>
    <message>
        <source>The number of times the applicant has to go somewhere in person. A visit starts at a step marked “in person” unless the dossier comes to it straight from an in-person step at the same place (photo, fee and submission at the same counter are one visit). The place is the step&apos;s own “place” when given, else the name of the lane for a lane of another agency, else the procedure&apos;s agency. A step is counted as often as one dossier goes through it: a return for completing the dossier adds its probability of a visit (10 % when the decision&apos;s flows give none). Rounded to two decimals.</source>
        <translation>Số lần người dân phải đến một nơi để làm trực tiếp. Một lượt bắt đầu tại bước đánh dấu “trực tiếp”, trừ khi hồ sơ đến bước đó ngay từ một bước trực tiếp tại cùng nơi (chụp ảnh, nộp lệ phí và nộp hồ sơ tại cùng một quầy là một lượt). Nơi đến là “nơi đến” ghi tại bước, nếu không có thì tên làn khi làn là của cơ quan khác, nếu không nữa thì cơ quan giải quyết thủ tục. Mỗi bước được tính theo số lần một hồ sơ đi qua: nhánh trả lại để bổ sung hồ sơ cộng thêm một lượt nhân với xác suất của nó (10 % khi các luồng của điểm quyết định không ghi xác suất). Làm tròn đến hai chữ số thập phân.</translation>
    </message>
    <message>
        <source>The agency&apos;s processing time (thời gian giải quyết), in working days, compared with the statutory time: from a complete dossier to the result, following the flows, each step outside the applicant&apos;s lanes adds its waiting days plus its working hours divided by 8; parallel paths: the longest; at a decision the branches are weighted by their probability, and the returns for completing the dossier are left out (the time limit runs from a complete dossier). Rounded to two decimals.</source>
        <translation>Thời gian giải quyết của cơ quan, tính bằng ngày làm việc, so với thời hạn theo quy định: từ khi nhận đủ hồ sơ hợp lệ đến khi có kết quả, theo các luồng, mỗi bước ngoài làn người dân cộng số ngày chờ và số giờ làm việc chia 8; các nhánh song song: lấy nhánh dài nhất; tại điểm quyết định các nhánh tính theo xác suất, bỏ qua các nhánh trả lại để bổ sung hồ sơ (thời hạn tính từ khi hồ sơ đầy đủ). Làm tròn đến hai chữ số thập phân.</translation>
    </message>
    <message>
        <source>The total elapsed time from the start to the end, in working days, including the applicant&apos;s own preparation: every step adds its waiting days plus its working hours divided by 8; parallel paths: the longest; at a decision the branches weighted by their probability, a return for completing the dossier repeated as often as its probability says (10 % when the decision&apos;s flows give none). Rounded to two decimals.</source>
        <translation>Tổng thời gian từ khi bắt đầu đến khi kết thúc, tính bằng ngày làm việc, kể cả thời gian chuẩn bị của người dân: mỗi bước cộng số ngày chờ và số giờ làm việc chia 8; các nhánh song song: lấy nhánh dài nhất; tại điểm quyết định các nhánh tính theo xác suất, nhánh trả lại để bổ sung hồ sơ được lặp lại theo xác suất của nó (10 % khi các luồng của điểm quyết định không ghi xác suất). Làm tròn đến hai chữ số thập phân.</translation>
    </message>
</context>
<context>
    <name>tthc::ReductionsPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Thay đổi (%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reduction indicators&lt;/b&gt; — %1. The three goals of the plan: fewer visits and contacts, fewer documents to submit, fewer manual steps. Hover over an indicator for its definition. %2</source>
        <translation>&lt;b&gt;Các chỉ số cắt giảm&lt;/b&gt; — %1. Ba mục tiêu của phương án: giảm số lượt đi lại, tiếp xúc trực tiếp, giảm giấy tờ phải nộp, giảm bước xử lý thủ công. Di chuột lên một chỉ số để xem định nghĩa. %2</translation>
    </message>
</context>
<context>
    <name>tthc::RemoveLaneCommand</name>
    <message>
        <source>Delete lane “%1”</source>
        <translation>Xóa chủ thể “%1”</translation>
    </message>
</context>
<context>
    <name>tthc::ResizeLaneCommand</name>
    <message>
        <source>Resize lane</source>
        <translation>Đổi kích thước chủ thể</translation>
    </message>
</context>
<context>
    <name>tthc::SetFlowPathCommand</name>
    <message>
        <source>Route flow automatically</source>
        <translation>Định tuyến luồng tự động</translation>
    </message>
    <message>
        <source>Re-route flow</source>
        <translation>Định tuyến lại luồng</translation>
    </message>
</context>
<context>
    <name>tthc::SimulationParams</name>
    <message>
        <source>Step “%1”, duration</source>
        <translation>Bước “%1”, thời gian thực hiện</translation>
    </message>
    <message>
        <source>Step “%1”, wait</source>
        <translation>Bước “%1”, thời gian chờ</translation>
    </message>
    <message>
        <source>Lane “%1”: “staff” must be a whole number of people (0 or “unlimited” for no limit).</source>
        <translation>Chủ thể “%1”: “staff” phải là số người, là số nguyên (0 hoặc “unlimited” nếu không giới hạn).</translation>
    </message>
    <message>
        <source>Flow %1 → %2: “probability” must be a number from 0 to 1.</source>
        <translation>Luồng %1 → %2: “probability” phải là một số từ 0 đến 1.</translation>
    </message>
    <message>
        <source>%1: the distribution must be “fixed”, “uniform”, “triangular” or “exponential”, not “%2”.</source>
        <translation>%1: phân phối phải là “fixed”, “uniform”, “triangular” hoặc “exponential”, không phải “%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a number ≥ 0.</source>
        <translation>%1: “%2” phải là một số ≥ 0.</translation>
    </message>
    <message>
        <source>%1: “min” must not exceed “max”.</source>
        <translation>%1: “min” không được lớn hơn “max”.</translation>
    </message>
    <message>
        <source>%1: needs min ≤ mode ≤ max.</source>
        <translation>%1: cần có min ≤ mode ≤ max.</translation>
    </message>
</context>
<context>
    <name>tthc::SimulationView</name>
    <message>
        <source>Simulate a year</source>
        <translation>Mô phỏng một năm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Simulation of a year (discrete events)</source>
        <translation>Mô phỏng một năm (sự kiện rời rạc)</translation>
    </message>
    <message>
        <source>Dossiers:</source>
        <translation>Số hồ sơ:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Giá trị khởi tạo ngẫu nhiên:</translation>
    </message>
    <message>
        <source>Replications:</source>
        <translation>Số lần lặp:</translation>
    </message>
    <message>
        <source>Result (working days; ± 95 % interval)</source>
        <translation>Kết quả (ngày làm việc; ± khoảng tin cậy 95 %)</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>E-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số cán bộ</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>Đã hủy mô phỏng.</translation>
    </message>
    <message>
        <source>Press “Simulate a year” to run the as-is chart and the e-process with these dossiers.</source>
        <translation>Nhấn “Mô phỏng một năm” để chạy quy trình hiện trạng và quy trình điện tử với số hồ sơ này.</translation>
    </message>
    <message>
        <source>Simulating %1 dossiers × %2 replications…</source>
        <translation>Đang mô phỏng %1 hồ sơ × %2 lần lặp…</translation>
    </message>
    <message>
        <source>%1 dossiers × %2 replications, seed %3: %4 events in %5 s.</source>
        <translation>%1 hồ sơ × %2 lần lặp, hạt giống %3: %4 sự kiện trong %5 giây.</translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation>Thời gian giải quyết trung bình</translation>
    </message>
    <message>
        <source>Median (p50)</source>
        <translation>Trung vị (p50)</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Share of waiting</source>
        <translation>Tỷ lệ thời gian chờ</translation>
    </message>
    <message>
        <source>Finished within the time limit</source>
        <translation>Tỷ lệ giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Dossiers finished / stuck</source>
        <translation>Hồ sơ hoàn thành / bị tắc</translation>
    </message>
    <message>
        <source>no chart</source>
        <translation>chưa có sơ đồ</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source> (sized)</source>
        <translation> (tự xác định)</translation>
    </message>
    <message>
        <source>Cycle time of the dossiers (working days), first replication</source>
        <translation>Phân bố thời gian giải quyết hồ sơ (ngày làm việc), lần lặp thứ nhất</translation>
    </message>
    <message>
        <source>Staff: a lane&apos;s own “staff” when set (edit it in the table: a whole number, 0 = unlimited); the applicant&apos;s and the systems&apos; lanes have no limit; any other lane is sized to its load at %1 % utilisation — people = ⌈(dossiers per working hour × the lane&apos;s hours per dossier) ÷ %2⌉, marked “(sized)”.</source>
        <translation>Số cán bộ: theo số đã nhập cho làn (sửa trong bảng: số nguyên, 0 = không giới hạn); làn người dân và làn hệ thống không giới hạn; làn khác được xác định theo khối lượng công việc ở mức sử dụng %1 % — số người = ⌈(số hồ sơ mỗi giờ làm việc × số giờ của làn cho một hồ sơ) ÷ %2⌉, ghi “(tự xác định)”.</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>These results are stale: the charts or the figures changed after the simulation. Press “Recalculate” to simulate again.</source>
        <translation>Kết quả này đã cũ: sơ đồ hoặc số liệu đã thay đổi sau lần mô phỏng. Bấm “Tính lại” để mô phỏng lại.</translation>
    </message>
    <message>
        <source>Staff of “%1”: enter a whole number of people (0 = unlimited), not “%2”.</source>
        <translation>Số cán bộ của “%1”: hãy nhập một số nguyên (0 = không giới hạn), không phải “%2”.</translation>
    </message>
    <message>
        <source>Double-click to set the number of people of this lane (0 = unlimited).</source>
        <translation>Bấm đúp để nhập số cán bộ của làn này (0 = không giới hạn).</translation>
    </message>
</context>
<context>
    <name>tthc::Simulator</name>
    <message>
        <source>The chart has no start step.</source>
        <translation>Sơ đồ chưa có bước bắt đầu.</translation>
    </message>
    <message>
        <source>The workspace has no procedure “%1”.</source>
        <translation>Không gian làm việc không có thủ tục “%1”.</translation>
    </message>
    <message>
        <source>The workspace has no group “%1”.</source>
        <translation>Không gian làm việc không có nhóm “%1”.</translation>
    </message>
    <message>
        <source>The workspace has no procedure or group “%1”.</source>
        <translation>Không gian làm việc không có thủ tục hoặc nhóm “%1”.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>Đã hủy mô phỏng.</translation>
    </message>
    <message>
        <source>The year %1 cannot be simulated.</source>
        <translation>Không thể mô phỏng năm %1.</translation>
    </message>
    <message>
        <source>The number of replications must be from 1 to 1000.</source>
        <translation>Số lần lặp phải từ 1 đến 1000.</translation>
    </message>
    <message>
        <source>The number of dossiers must be from 1 to 1,000,000,000.</source>
        <translation>Số hồ sơ phải từ 1 đến 1.000.000.000.</translation>
    </message>
    <message>
        <source>The visit limit of a loop must be at least 1.</source>
        <translation>Giới hạn số lần đi qua một vòng lặp phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>The working calendar has no working hours in %1.</source>
        <translation>Lịch làm việc không có giờ làm việc nào trong năm %1.</translation>
    </message>
    <message>
        <source>“%1” has no annual volume: the number of dossiers a year is needed to simulate it.</source>
        <translation>“%1” chưa có số hồ sơ hằng năm: cần biết số hồ sơ mỗi năm để mô phỏng.</translation>
    </message>
    <message>
        <source>%1 of “%2”: %3</source>
        <translation>%1 của “%2”: %3</translation>
    </message>
    <message>
        <source>The as-is chart</source>
        <translation>Sơ đồ hiện trạng</translation>
    </message>
    <message>
        <source>The e-process</source>
        <translation>Quy trình điện tử</translation>
    </message>
    <message>
        <source>Dossiers arrive at random (a Poisson stream) spread evenly over the working hours of the year, as many as the annual volume. The clock runs in working hours only (by default 8 a day, Monday to Friday, without public holidays): every actor works on the same calendar, and n working days of waiting last n × 8 working hours. Each step takes its actor&apos;s working time, by default drawn from a triangular distribution from half to one and a half times its hours (its mean is the hours), then waits its waiting days, during which no one works. A lane has as many people as its “staff” field says; without one, the applicant&apos;s lanes and information systems have no limit and the other lanes get enough people to be busy at most 85 % of the time on the expected work; a dossier that finds them all busy waits in a first-come, first-served queue.
A decision sends each dossier along one branch: at random with the flows&apos; probabilities when given (the branches without one share what is left), otherwise always the first branch that does not go back, as for the elapsed days. A flow back to an earlier step (a loop) is followed; a dossier that comes back to a decision as often as the visit limit (100 by default) takes its first way out of the loop. Flows out of any other step run in parallel, and a step where parallel paths meet waits for all of them. A dossier is finished when nothing of it is left running.
Results: the cycle time from arrival to finish (mean, median, 90th and 95th percentile, in working days = working hours / 8); the share of waiting (in a queue or waiting days) in the time of the steps (waiting and work); the utilisation of each lane (busy time / (people × the simulated time)); the share of dossiers finished by the due date (the n-th working day after the day of arrival, on the calendar with its holidays). Each replication repeats the year with other random numbers; the ± figures are 95 % confidence intervals over the replications (Student t). The same seed gives the same results.</source>
        <translation>Hồ sơ đến ngẫu nhiên (dòng Poisson), rải đều trên các giờ làm việc của năm, với số lượng bằng số hồ sơ hằng năm. Đồng hồ mô phỏng chỉ chạy trong giờ làm việc (mặc định 8 giờ mỗi ngày, từ thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ): mọi chủ thể làm việc theo cùng một lịch, và n ngày làm việc chờ kéo dài n × 8 giờ làm việc. Mỗi bước mất thời gian làm việc của chủ thể, mặc định lấy ngẫu nhiên theo phân phối tam giác từ một nửa đến một lần rưỡi số giờ của bước (giá trị trung bình bằng số giờ), rồi chờ số ngày chờ của bước, trong thời gian đó không ai làm việc. Mỗi chủ thể có số người theo trường “staff”; nếu không ghi, chủ thể là tổ chức, cá nhân và hệ thống thông tin không bị giới hạn, các chủ thể khác được bố trí đủ người để bận không quá 85 % thời gian với khối lượng công việc dự kiến; hồ sơ đến khi mọi người đều bận thì xếp hàng chờ theo thứ tự đến trước, làm trước.
Tại điểm quyết định, mỗi hồ sơ đi theo một nhánh: ngẫu nhiên theo xác suất ghi trên các luồng nếu có (các nhánh không ghi xác suất chia đều phần còn lại), nếu không thì luôn đi theo nhánh đầu tiên không quay lại, như khi tính thời gian giải quyết. Luồng quay lại bước trước đó (vòng lặp) được đi theo; hồ sơ quay lại một điểm quyết định đủ số lần bằng giới hạn số lần đi qua (mặc định 100) thì đi theo lối ra đầu tiên của vòng lặp. Các luồng đi ra từ bước khác chạy song song, và bước nơi các nhánh song song gặp nhau chờ đủ tất cả các nhánh. Hồ sơ hoàn thành khi không còn phần việc nào đang chạy.
Kết quả: thời gian giải quyết từ khi hồ sơ đến đến khi hoàn thành (trung bình, trung vị, phân vị 90 và 95, tính bằng ngày làm việc = giờ làm việc / 8); tỷ lệ thời gian chờ (xếp hàng hoặc ngày chờ) trong tổng thời gian của các bước (chờ và làm việc); mức sử dụng của từng chủ thể (thời gian bận / (số người × thời gian mô phỏng)); tỷ lệ hồ sơ hoàn thành đúng hạn (trong ngày làm việc thứ n sau ngày hồ sơ đến, theo lịch có ngày nghỉ lễ). Mỗi lần lặp mô phỏng lại cả năm với các số ngẫu nhiên khác; các giá trị ± là khoảng tin cậy 95 % qua các lần lặp (phân phối Student t). Cùng một hạt giống cho cùng một kết quả.</translation>
    </message>
</context>
<context>
    <name>tthc::SpreadsheetWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>Trang tính %1</translation>
    </message>
    <message>
        <source>Nothing to write to %1: the document has no tables for a spreadsheet.</source>
        <translation>Không có gì để ghi vào %1: tài liệu không có bảng nào cho bảng tính.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1: %2</source>
        <translation>Không ghi được bảng tính %1: %2</translation>
    </message>
</context>
<context>
    <name>tthc::StepRules</name>
    <message>
        <source>“decision” must be an object.</source>
        <translation>“decision” phải là một đối tượng.</translation>
    </message>
    <message>
        <source>“decision.online” must be true or false.</source>
        <translation>“decision.online” phải là true hoặc false.</translation>
    </message>
    <message>
        <source>“decision.channel” must be one of: %1.</source>
        <translation>“decision.channel” phải là một trong các giá trị: %1.</translation>
    </message>
    <message>
        <source>“decision.%1” must be a number from 0 to %2.</source>
        <translation>“decision.%1” phải là số từ 0 đến %2.</translation>
    </message>
    <message>
        <source>“decision.%1” must be text.</source>
        <translation>“decision.%1” phải là văn bản.</translation>
    </message>
</context>
<context>
    <name>tthc::T</name>
    <message>
        <source>The %1 id %2 is empty or already used.</source>
        <translation>Mã %1 %2 để trống hoặc đã được dùng.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Không có %1 %2.</translation>
    </message>
</context>
<context>
    <name>tthc::TthcJson</name>
    <message>
        <source>expected a %1 but found a %2</source>
        <translation>cần giá trị kiểu %1 nhưng gặp kiểu %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>thiếu trường bắt buộc</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>không được là số âm (giá trị hiện có: %1)</translation>
    </message>
    <message>
        <source>unknown value %1; expected one of: %2</source>
        <translation>giá trị %1 không hợp lệ; cần là một trong các giá trị: %2</translation>
    </message>
    <message>
        <source>not a date in the form YYYY-MM-DD: %1</source>
        <translation>không phải ngày theo định dạng YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>tệp phải chứa một đối tượng JSON</translation>
    </message>
    <message>
        <source>not a tthc-json file (expected &quot;format&quot;: &quot;tthc-json&quot;)</source>
        <translation>không phải tệp tthc-json (cần có &quot;format&quot;: &quot;tthc-json&quot;)</translation>
    </message>
    <message>
        <source>unsupported version %1; this build reads version 1</source>
        <translation>không hỗ trợ phiên bản %1; bản dựng này chỉ đọc được phiên bản 1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>không thể đọc tệp: %1</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>quá lớn (giá trị %1; tối đa %2)</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>không có lỗi</translation>
    </message>
    <message>
        <source>an object is not closed: a “}” is missing</source>
        <translation>một đối tượng chưa được đóng: thiếu dấu “}”</translation>
    </message>
    <message>
        <source>a “:” is missing after a field name</source>
        <translation>thiếu dấu “:” sau tên trường</translation>
    </message>
    <message>
        <source>a list is not closed: a “]” is missing</source>
        <translation>một danh sách chưa được đóng: thiếu dấu “]”</translation>
    </message>
    <message>
        <source>a “,” is missing between two values</source>
        <translation>thiếu dấu “,” giữa hai giá trị</translation>
    </message>
    <message>
        <source>a value that is not JSON (text needs double quotes; true, false, null are lower case)</source>
        <translation>một giá trị không phải JSON (văn bản phải đặt trong dấu ngoặc kép; true, false, null viết thường)</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation>tệp kết thúc giữa chừng một số</translation>
    </message>
    <message>
        <source>an illegal number (too large, or not written as JSON writes numbers)</source>
        <translation>một số không hợp lệ (quá lớn, hoặc không viết theo cách JSON viết số)</translation>
    </message>
    <message>
        <source>an illegal escape sequence after “\” in a text</source>
        <translation>một chuỗi thoát không hợp lệ sau “\” trong văn bản</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>văn bản không phải UTF-8 hợp lệ (hãy lưu tệp dưới dạng UTF-8)</translation>
    </message>
    <message>
        <source>a text is not closed: a “&quot;” is missing</source>
        <translation>một văn bản chưa được đóng: thiếu dấu “&quot;”</translation>
    </message>
    <message>
        <source>an object was expected here</source>
        <translation>ở đây cần một đối tượng</translation>
    </message>
    <message>
        <source>objects nested too deeply</source>
        <translation>các đối tượng lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>tài liệu quá lớn</translation>
    </message>
    <message>
        <source>there is more after the end of the document</source>
        <translation>còn nội dung sau khi tài liệu đã kết thúc</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>không phải JSON hợp lệ</translation>
    </message>
</context>
<context>
    <name>tthc::Validator</name>
    <message>
        <source>Document id %1 is used more than once.</source>
        <translation>Mã thành phần hồ sơ %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>Group member %1 is not a procedure of the workspace.</source>
        <translation>Thành viên nhóm %1 không phải là thủ tục trong không gian làm việc.</translation>
    </message>
    <message>
        <source>%1 refers to unknown document %2.</source>
        <translation>%1 tham chiếu đến thành phần hồ sơ %2 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 refers to unknown system %2.</source>
        <translation>%1 tham chiếu đến hệ thống %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Lane id %1 is used more than once.</source>
        <translation>Mã chủ thể %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Bước %1</translation>
    </message>
    <message>
        <source>Step id %1 is used more than once.</source>
        <translation>Mã bước %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>Step %1 is not in any lane (actor).</source>
        <translation>Bước %1 chưa thuộc chủ thể nào.</translation>
    </message>
    <message>
        <source>Step %1 is in unknown lane %2.</source>
        <translation>Bước %1 thuộc chủ thể %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Sub-procedure step %1 does not name its procedure.</source>
        <translation>Bước thủ tục thành phần %1 chưa chỉ rõ thủ tục nào.</translation>
    </message>
    <message>
        <source>Sub-procedure step %1 refers to unknown procedure %2.</source>
        <translation>Bước thủ tục thành phần %1 tham chiếu đến thủ tục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>To-be step %1 derives from %2, which is not an as-is step.</source>
        <translation>Bước %1 của quy trình điện tử được xây dựng từ %2, nhưng đó không phải là bước của quy trình hiện trạng.</translation>
    </message>
    <message>
        <source>The process has no start step; it needs exactly one.</source>
        <translation>Quy trình chưa có bước bắt đầu; cần có đúng một bước bắt đầu.</translation>
    </message>
    <message>
        <source>The process has %1 start steps (%2); it needs exactly one.</source>
        <translation>Quy trình có %1 bước bắt đầu (%2); chỉ được có đúng một bước bắt đầu.</translation>
    </message>
    <message>
        <source>The process has no end step.</source>
        <translation>Quy trình chưa có bước kết thúc.</translation>
    </message>
    <message>
        <source>Flow id %1 is used more than once.</source>
        <translation>Mã luồng %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>unknown step %1</source>
        <translation>bước %1 không tồn tại</translation>
    </message>
    <message>
        <source>Decision %1 has %2 outgoing flow(s); it needs at least two.</source>
        <translation>Điểm quyết định %1 có %2 luồng đi ra; cần có ít nhất hai luồng.</translation>
    </message>
    <message>
        <source>The branch of decision %1 towards %2 has no label.</source>
        <translation>Nhánh từ điểm quyết định %1 đến %2 chưa có nhãn.</translation>
    </message>
    <message>
        <source>Step %1 cannot be reached from the start.</source>
        <translation>Không thể đi từ bước bắt đầu đến bước %1.</translation>
    </message>
    <message>
        <source>Step %1 cannot reach an end.</source>
        <translation>Từ bước %1 không thể đi đến bước kết thúc nào.</translation>
    </message>
    <message>
        <source>Analysis row for %1, which is not an as-is step.</source>
        <translation>Có dòng phân tích cho %1, nhưng đó không phải là bước của quy trình hiện trạng.</translation>
    </message>
    <message>
        <source>Step %1 has more than one analysis row.</source>
        <translation>Bước %1 có nhiều hơn một dòng phân tích.</translation>
    </message>
    <message>
        <source>The analysis of step %1</source>
        <translation>Phần phân tích bước %1</translation>
    </message>
    <message>
        <source>As-is task %1 has not been analysed against the four criteria.</source>
        <translation>Công việc %1 của quy trình hiện trạng chưa được phân tích theo bốn tiêu chí.</translation>
    </message>
    <message>
        <source>System id %1 is used more than once.</source>
        <translation>Mã hệ thống %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>Procedure code %1 is used more than once.</source>
        <translation>Mã thủ tục %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>Group id %1 is used more than once.</source>
        <translation>Mã nhóm %1 được dùng nhiều lần.</translation>
    </message>
    <message>
        <source>A process has exactly one start step.</source>
        <translation>Mỗi quy trình phải có đúng một bước bắt đầu.</translation>
    </message>
    <message>
        <source>A process has at least one end step.</source>
        <translation>Mỗi quy trình phải có ít nhất một bước kết thúc.</translation>
    </message>
    <message>
        <source>Every step can be reached from the start.</source>
        <translation>Mọi bước phải đi đến được từ bước bắt đầu.</translation>
    </message>
    <message>
        <source>Every step can reach an end.</source>
        <translation>Từ mọi bước phải đi đến được một bước kết thúc.</translation>
    </message>
    <message>
        <source>Every step other than start and end is in a lane.</source>
        <translation>Mọi bước, trừ bước bắt đầu và bước kết thúc, phải thuộc một chủ thể.</translation>
    </message>
    <message>
        <source>A decision has at least two outgoing flows.</source>
        <translation>Mỗi điểm quyết định phải có ít nhất hai luồng đi ra.</translation>
    </message>
    <message>
        <source>Every branch of a decision is labelled.</source>
        <translation>Mọi nhánh của điểm quyết định phải có nhãn.</translation>
    </message>
    <message>
        <source>Every as-is task has an analysis row.</source>
        <translation>Mọi công việc của quy trình hiện trạng phải có dòng phân tích.</translation>
    </message>
    <message>
        <source>A flow goes from and to existing steps.</source>
        <translation>Luồng phải nối giữa các bước đã tồn tại.</translation>
    </message>
    <message>
        <source>A step is in an existing lane.</source>
        <translation>Mỗi bước phải thuộc một chủ thể đã tồn tại.</translation>
    </message>
    <message>
        <source>Referenced documents exist in the procedure.</source>
        <translation>Thành phần hồ sơ được tham chiếu phải có trong thủ tục.</translation>
    </message>
    <message>
        <source>Referenced systems exist in the registry.</source>
        <translation>Hệ thống được tham chiếu phải có trong danh mục hệ thống.</translation>
    </message>
    <message>
        <source>Referenced procedures exist in the workspace.</source>
        <translation>Thủ tục được tham chiếu phải có trong không gian làm việc.</translation>
    </message>
    <message>
        <source>derivedFrom points at existing as-is steps.</source>
        <translation>Trường derivedFrom phải trỏ đến các bước đã có của quy trình hiện trạng.</translation>
    </message>
    <message>
        <source>An analysis row belongs to an existing as-is step.</source>
        <translation>Mỗi dòng phân tích phải gắn với một bước đã có của quy trình hiện trạng.</translation>
    </message>
    <message>
        <source>Ids are unique.</source>
        <translation>Mã định danh không được trùng lặp.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>info</source>
        <translation>thông tin</translation>
    </message>
    <message>
        <source>The procedure is offered fully online, yet step %1 of its e-process still needs the applicant in person.</source>
        <translation>Thủ tục được cung cấp trực tuyến toàn trình nhưng bước %1 của quy trình điện tử vẫn yêu cầu người nộp hồ sơ đến trực tiếp.</translation>
    </message>
    <message>
        <source>To-be step %1 derives from as-is step %2, which the analysis eliminates.</source>
        <translation>Bước %1 của quy trình điện tử bắt nguồn từ bước %2 của hiện trạng, trong khi phần phân tích đề xuất cắt giảm bước này.</translation>
    </message>
    <message>
        <source>Analysis of step %1: %2 does not exist yet → propose building it</source>
        <translation>Phân tích bước %1: %2 chưa có → đề nghị xây dựng</translation>
    </message>
    <message>
        <source>Analysis of step %1: %2 is under construction → it must be completed before the e-process relies on it</source>
        <translation>Phân tích bước %1: %2 đang xây dựng → cần hoàn thành trước khi quy trình điện tử sử dụng</translation>
    </message>
    <message>
        <source>A step that is eliminated or reuses documents relies only on systems that exist (not missing or under construction).</source>
        <translation>Bước được cắt giảm hoặc tái sử dụng hồ sơ chỉ dựa vào hệ thống đã có (không phải chưa có hoặc đang xây dựng).</translation>
    </message>
    <message>
        <source>A procedure offered fully online has no in-person step in its e-process.</source>
        <translation>Thủ tục cung cấp trực tuyến toàn trình không còn bước trực tiếp nào trong quy trình điện tử.</translation>
    </message>
    <message>
        <source>No to-be step derives from an as-is step that the analysis eliminates.</source>
        <translation>Không bước nào của quy trình điện tử bắt nguồn từ bước hiện trạng đã được đề xuất cắt giảm.</translation>
    </message>
    <message>
        <source>The applicant&apos;s lane %1 of the e-process has no task: the applicant must at least submit the dossier and receive the result.</source>
        <translation>Làn người nộp hồ sơ %1 của quy trình điện tử không có công việc nào: ít nhất người nộp phải nộp hồ sơ và nhận kết quả.</translation>
    </message>
    <message>
        <source>Step %1 is %2, which the law gives to an officer, yet the information system does it.</source>
        <translation>Bước %1 là %2, việc pháp luật giao cho cán bộ, công chức, nhưng lại do hệ thống thông tin thực hiện.</translation>
    </message>
    <message>
        <source>Step %1 is %2, yet no officer&apos;s time is booked for it (%3 h%4).</source>
        <translation>Bước %1 là %2 nhưng không tính thời gian làm việc của cán bộ (%3 giờ%4).</translation>
    </message>
    <message>
        <source>, not manual</source>
        <translation>, không do người thực hiện</translation>
    </message>
    <message>
        <source>Step %1 is done by the information system but books %2 h of officer time: move the step to the officer&apos;s lane or set its hours to 0.</source>
        <translation>Bước %1 do hệ thống thông tin thực hiện nhưng lại tính %2 giờ của cán bộ: hãy chuyển bước sang làn của cán bộ hoặc đặt số giờ bằng 0.</translation>
    </message>
    <message>
        <source>The e-process takes the dossier only in person: it needs an online submission by the applicant (or an intake from connected systems).</source>
        <translation>Quy trình điện tử chỉ tiếp nhận hồ sơ trực tiếp: cần có bước người nộp hồ sơ nộp trực tuyến (hoặc tiếp nhận hồ sơ liên thông từ các hệ thống đã kết nối).</translation>
    </message>
    <message>
        <source>The e-process has no submission: it needs an online submission by the applicant (or an intake from connected systems).</source>
        <translation>Quy trình điện tử không có bước nộp hồ sơ: cần có bước người nộp hồ sơ nộp trực tuyến (hoặc tiếp nhận hồ sơ liên thông từ các hệ thống đã kết nối).</translation>
    </message>
    <message>
        <source>The e-process delivers no result: it needs a result delivery step (electronic result, paper by post on request).</source>
        <translation>Quy trình điện tử không có bước trả kết quả: cần có bước trả kết quả (kết quả điện tử, bản giấy qua bưu chính nếu đăng ký).</translation>
    </message>
    <message>
        <source>Step %1 has an unknown nature %2; expected one of: %3.</source>
        <translation>Bước %1 có tính chất không xác định %2; giá trị hợp lệ: %3.</translation>
    </message>
    <message>
        <source>The analysis of step %1: %2</source>
        <translation>Phân tích bước %1: %2</translation>
    </message>
    <message>
        <source>The analysis of step %1 has it done by unknown system %2.</source>
        <translation>Phân tích bước %1 giao việc cho hệ thống %2 không có trong danh mục.</translation>
    </message>
    <message>
        <source>Step %1 is to be merged, but no step to merge it into is chosen.</source>
        <translation>Bước %1 được đề xuất gộp nhưng chưa chọn bước để gộp vào.</translation>
    </message>
    <message>
        <source>Step %1 is to be merged into %2, which is not another task of the as-is chart.</source>
        <translation>Bước %1 được đề xuất gộp vào %2, nhưng đó không phải là một công việc khác của sơ đồ hiện trạng.</translation>
    </message>
    <message>
        <source>Step %1 is %2, which the law gives to an officer: the e-process keeps it with the officer (done electronically) and automates only the checks before it. Record a reason to automate it anyway.</source>
        <translation>Bước %1 là %2, việc pháp luật giao cho cán bộ, công chức: quy trình điện tử vẫn giao bước này cho cán bộ (thực hiện trên môi trường điện tử) và chỉ tự động hóa phần kiểm tra trước đó. Ghi lý do nếu vẫn muốn tự động hóa.</translation>
    </message>
    <message>
        <source>Step %1 is %2: a system cannot do it alone, so the e-process keeps it. Record a reason to automate it anyway.</source>
        <translation>Bước %1 là %2: hệ thống không tự thực hiện được, nên quy trình điện tử giữ nguyên bước này. Ghi lý do nếu vẫn muốn tự động hóa.</translation>
    </message>
    <message>
        <source>Every applicant&apos;s lane of an e-process has a task.</source>
        <translation>Mỗi làn người nộp hồ sơ của quy trình điện tử đều có công việc.</translation>
    </message>
    <message>
        <source>A procedure&apos;s e-process takes the dossier online (or from connected systems).</source>
        <translation>Quy trình điện tử của thủ tục tiếp nhận hồ sơ trực tuyến (hoặc liên thông từ các hệ thống đã kết nối).</translation>
    </message>
    <message>
        <source>A procedure&apos;s e-process delivers a result.</source>
        <translation>Quy trình điện tử của thủ tục có bước trả kết quả.</translation>
    </message>
    <message>
        <source>Appraisal, decisions, signing and registers are an officer&apos;s work, with hours booked.</source>
        <translation>Thẩm định, quyết định, ký và ghi sổ là việc của cán bộ, có tính số giờ làm việc.</translation>
    </message>
    <message>
        <source>A step of the information system books no officer hours.</source>
        <translation>Bước do hệ thống thông tin thực hiện không tính giờ của cán bộ.</translation>
    </message>
    <message>
        <source>A step to be merged names another task to merge into.</source>
        <translation>Bước được đề xuất gộp phải chọn một công việc khác để gộp vào.</translation>
    </message>
    <message>
        <source>Only checks, look-ups, notifications and forwarding are automated, unless a reason is recorded.</source>
        <translation>Chỉ tự động hóa việc kiểm tra, tra cứu, thông báo và chuyển hồ sơ, trừ khi có ghi lý do.</translation>
    </message>
    <message>
        <source>The decision of an analysis row has usable fields.</source>
        <translation>Nội dung quyết định của dòng phân tích có các trường hợp lệ.</translation>
    </message>
    <message>
        <source>A step&apos;s nature is one of the known natures.</source>
        <translation>Tính chất của bước là một trong các tính chất đã biết.</translation>
    </message>
    <message>
        <source>Procedure %1 is at the district level, which no longer exists since 1 July 2025 (two-tier local government): choose the province or the commune level.</source>
        <translation>Thủ tục %1 thuộc cấp huyện, cấp này không còn từ ngày 1/7/2025 (chính quyền địa phương hai cấp): hãy chọn cấp tỉnh hoặc cấp xã.</translation>
    </message>
    <message>
        <source>A procedure is at the province, commune or ministry level: since 1 July 2025 local government has two tiers, there is no district level.</source>
        <translation>Thủ tục thuộc cấp tỉnh, cấp xã hoặc cấp bộ: từ ngày 1/7/2025 chính quyền địa phương có hai cấp, không còn cấp huyện.</translation>
    </message>
    <message>
        <source>Legal basis %1 of procedure %2 has no %3: the decision cites every basis with its number, date and title.</source>
        <translation>Căn cứ pháp lý %1 của thủ tục %2 chưa có %3: quyết định trích dẫn mỗi căn cứ với số hiệu, ngày ban hành và trích yếu.</translation>
    </message>
    <message>
        <source>Every legal basis of a procedure gives its number, date and title (a law: its name and date), as the decision cites it: “Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết …”.</source>
        <translation>Mỗi căn cứ pháp lý của thủ tục ghi số hiệu, ngày ban hành và trích yếu (luật: tên và ngày thông qua), như quyết định trích dẫn: “Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết …”.</translation>
    </message>
</context>
<context>
    <name>tthc::WorkingCalendar</name>
    <message>
        <source>Not a working calendar: the field “format” must be “tthc-calendar”.</source>
        <translation>Không phải tệp lịch làm việc: trường “format” phải là “tthc-calendar”.</translation>
    </message>
    <message>
        <source>Unsupported working calendar version: %1.</source>
        <translation>Không hỗ trợ phiên bản lịch làm việc: %1.</translation>
    </message>
    <message>
        <source>%1: the working hours must be a number from 0 to 24.</source>
        <translation>%1: số giờ làm việc phải là một số từ 0 đến 24.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>%1: “%2” không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: the range must go forwards and last at most a year.</source>
        <translation>%1: khoảng ngày phải có ngày kết thúc không trước ngày bắt đầu và dài không quá một năm.</translation>
    </message>
    <message>
        <source>%1: %2 is both a holiday and a make-up working day.</source>
        <translation>%1: ngày %2 vừa là ngày nghỉ lễ vừa là ngày làm bù.</translation>
    </message>
    <message>
        <source>Cannot read the working calendar “%1”: %2</source>
        <translation>Không thể đọc lịch làm việc “%1”: %2</translation>
    </message>
    <message>
        <source>The working calendar “%1” is not a JSON object: %2</source>
        <translation>Lịch làm việc “%1” không phải là một đối tượng JSON: %2</translation>
    </message>
</context>
<context>
    <name>tthc::WorkspaceDb</name>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Không thể mở không gian làm việc “%1”: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>Không gian làm việc “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>Không thể đọc không gian làm việc “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a TTHC Studio workspace.</source>
        <translation>“%1” không phải là không gian làm việc của TTHC Studio.</translation>
    </message>
    <message>
        <source>The workspace “%1” is truncated (the file is shorter than its contents); it was not opened and has not been changed. Restore it from a backup.</source>
        <translation>Không gian làm việc “%1” bị cắt cụt (tệp ngắn hơn nội dung mà tệp ghi nhận); tệp chưa được mở và không bị thay đổi. Hãy khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged; it was not opened and has not been changed. Restore it from a backup. (%2)</source>
        <translation>Không gian làm việc “%1” bị hỏng; tệp chưa được mở và không bị thay đổi. Hãy khôi phục tệp từ bản sao lưu. (%2)</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>không có phiên bản lược đồ</translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by a newer version of TTHC Studio (schema %2; this version knows up to %3). Update TTHC Studio to open it; the file has not been changed.</source>
        <translation>Không gian làm việc “%1” được lưu bằng phiên bản TTHC Studio mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến lược đồ %3). Hãy cập nhật TTHC Studio để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” already exists.</source>
        <translation>Tệp “%1” đã tồn tại.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace to schema %1: %2</source>
        <translation>Không thể nâng cấp không gian làm việc lên lược đồ %1: %2</translation>
    </message>
    <message>
        <source>Cannot save to the workspace: %1</source>
        <translation>Không thể lưu vào không gian làm việc: %1</translation>
    </message>
    <message>
        <source>The workspace “%1” holds data this version cannot read (%2): %3</source>
        <translation>Không gian làm việc “%1” chứa dữ liệu mà phiên bản này không đọc được (%2): %3</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON không hợp lệ</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>nhóm %1</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: %2</source>
        <translation>Không thể tạo không gian làm việc “%1”: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (%2); nothing was saved to it. Export what you need to tthc-json and restore the file from a backup.</source>
        <translation>Không gian làm việc “%1” bị hỏng (%2); chưa có gì được lưu vào tệp. Hãy xuất những gì cần giữ ra tthc-json và khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <source>was added to the file by another user or program after you opened it</source>
        <translation>đã được người dùng hoặc chương trình khác thêm vào tệp sau khi bạn mở tệp</translation>
    </message>
    <message>
        <source>was deleted from the file by another user or program after you opened it</source>
        <translation>đã bị người dùng hoặc chương trình khác xoá khỏi tệp sau khi bạn mở tệp</translation>
    </message>
    <message>
        <source>was changed in the file by another user or program after you opened it</source>
        <translation>đã được người dùng hoặc chương trình khác sửa trong tệp sau khi bạn mở tệp</translation>
    </message>
    <message>
        <source>%1 %2 (“%3”). Nothing was saved, so their work is not overwritten.</source>
        <translation>%1 %2 (“%3”). Chưa lưu gì, để công việc của họ không bị ghi đè.</translation>
    </message>
    <message>
        <source>The procedure “%1”</source>
        <translation>Thủ tục “%1”</translation>
    </message>
    <message>
        <source>The group “%1”</source>
        <translation>Nhóm thủ tục “%1”</translation>
    </message>
    <message>
        <source>The systems registry</source>
        <translation>Danh mục hệ thống</translation>
    </message>
    <message>
        <source>The workspace settings (dossier settings)</source>
        <translation>Thiết lập của không gian làm việc (thiết lập hồ sơ)</translation>
    </message>
    <message>
        <source>There is no procedure “%1” in the workspace “%2”.</source>
        <translation>Không có thủ tục “%1” trong không gian làm việc “%2”.</translation>
    </message>
    <message>
        <source>There is no group “%1” in the workspace “%2”.</source>
        <translation>Không có nhóm thủ tục “%1” trong không gian làm việc “%2”.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message numerus="yes">
        <source>another program is using the workspace and did not release it within %n second(s); try again when it has finished</source>
        <translation>
            <numerusform>một chương trình khác đang dùng không gian làm việc và chưa nhả ra sau %n giây; hãy thử lại khi chương trình đó làm xong</numerusform>
        </translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>tệp hoặc thư mục chứa tệp chỉ đọc (không ghi được)</translation>
    </message>
    <message>
        <source>writing to the disk failed: the disk is full or failing (%1)</source>
        <translation>không ghi được ra ổ đĩa: ổ đĩa đầy hoặc bị lỗi (%1)</translation>
    </message>
    <message>
        <source>a disk error (%1)</source>
        <translation>lỗi ổ đĩa (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đầy</translation>
    </message>
    <message>
        <source>the file cannot be opened (its folder is missing, read-only, or not permitted)</source>
        <translation>không mở được tệp (thư mục không tồn tại, chỉ đọc hoặc không có quyền)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>tệp bị hỏng (%1)</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>tệp được mở chỉ để đọc</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: its folder is read-only and its log file (%2) holds changes not yet in the file. Copy both files to a folder that can be written and open the copy.</source>
        <translation>Không mở được không gian làm việc “%1”: thư mục chứa tệp chỉ đọc và tệp nhật ký (%2) còn giữ các thay đổi chưa ghi vào tệp. Hãy sao chép cả hai tệp sang một thư mục ghi được và mở bản sao.</translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by an older version of TTHC Studio (schema %2) and must be upgraded to schema %3 before it can be read, which needs write access: copy it to a folder that can be written, or open it once where it can be written.</source>
        <translation>Không gian làm việc “%1” được lưu bằng phiên bản TTHC Studio cũ hơn (lược đồ %2) và phải được nâng lên lược đồ %3 trước khi đọc, việc này cần quyền ghi: hãy sao chép tệp sang một thư mục ghi được, hoặc mở tệp một lần ở nơi ghi được.</translation>
    </message>
    <message>
        <source>Cannot use the workspace “%1”: %2</source>
        <translation>Không dùng được không gian làm việc “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save to the workspace “%1”: %2; nothing was saved.</source>
        <translation>Không lưu được vào không gian làm việc “%1”: %2; chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>tthc::WorkspaceModel</name>
    <message>
        <source>There is no procedure with code %1.</source>
        <translation>Không có thủ tục mang mã %1.</translation>
    </message>
    <message>
        <source>The name of a procedure cannot be empty.</source>
        <translation>Tên thủ tục không được để trống.</translation>
    </message>
    <message>
        <source>A procedure needs a code.</source>
        <translation>Thủ tục phải có mã.</translation>
    </message>
    <message>
        <source>A procedure with code %1 already exists.</source>
        <translation>Đã có thủ tục mang mã %1.</translation>
    </message>
    <message>
        <source>There is no procedure or group %1.</source>
        <translation>Không có thủ tục hoặc nhóm %1.</translation>
    </message>
    <message>
        <source>Lane %1 still holds step %2; move or delete its steps first.</source>
        <translation>Chủ thể %1 vẫn còn bước %2; hãy chuyển hoặc xóa các bước của chủ thể này trước.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Không có bước %1.</translation>
    </message>
    <message>
        <source>A flow must connect two existing steps.</source>
        <translation>Luồng phải nối hai bước đã tồn tại.</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>chủ thể</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>luồng</translation>
    </message>
    <message>
        <source>Every document needs an id and a name.</source>
        <translation>Mỗi thành phần hồ sơ cần có mã và tên.</translation>
    </message>
    <message>
        <source>The document id %1 is used twice.</source>
        <translation>Mã thành phần hồ sơ %1 bị dùng hai lần.</translation>
    </message>
    <message>
        <source>The analysis row belongs to step %1, not %2.</source>
        <translation>Dòng phân tích thuộc bước %1, không phải bước %2.</translation>
    </message>
</context>
</TS>
