"""The web app's words in Vietnamese and English, and actor codes with their names.

Names of states come from CLDR through babel (the lexicon's country entries carry their
alpha-2 code), of organisations from the lexicon's own phrases: nothing is typed twice.
"""

from __future__ import annotations

from functools import lru_cache

LANGS = ("vi", "en")

WORDS: dict[str, tuple[str, str]] = {
    "overview": ("Tổng quan", "Overview"),
    "records": ("Bản ghi", "Records"),
    "record": ("Bản ghi", "Record"),
    "aid": ("Viện trợ", "Aid ledger"),
    "measures": ("Biện pháp", "Measures"),
    "documents": ("Bài báo", "Documents"),
    "document": ("Bài báo", "Document"),
    "events": ("Sự kiện", "Events"),
    "type": ("Loại", "Type"),
    "source": ("Bên thực hiện", "Source"),
    "target": ("Bên nhận", "Target"),
    "either": ("Bất kỳ bên nào", "Either side"),
    "participants": ("Các bên", "Participants"),
    "date": ("Ngày", "Date"),
    "since": ("Từ ngày", "Since"),
    "until": ("Đến ngày", "Until"),
    "status": ("Trạng thái", "Status"),
    "category": ("Nhóm", "Category"),
    "measure": ("Biện pháp", "Measure"),
    "min_confidence": ("Độ tin cậy tối thiểu", "Minimum confidence"),
    "text": ("Tìm trong bằng chứng", "Search the evidence"),
    "filter": ("Lọc", "Filter"),
    "evidence": ("Bằng chứng", "Evidence"),
    "confidence": ("Độ tin cậy", "Confidence"),
    "rule": ("Quy tắc", "Rule"),
    "quantities": ("Số lượng", "Quantities"),
    "count": ("Số bản ghi", "Records"),
    "over_time": ("Bản ghi theo tháng", "Records by month"),
    "aid_by_donor": ("Viện trợ theo nhà tài trợ", "Aid by donor"),
    "pairs": ("Các cặp tích cực nhất", "Most active pairs"),
    "donor": ("Nhà tài trợ", "Donor"),
    "recipient": ("Bên nhận", "Recipient"),
    "unit": ("Đơn vị", "Unit"),
    "total": ("Tổng", "Total"),
    "first": ("Lần đầu", "First"),
    "last": ("Lần cuối", "Last"),
    "export": ("Xuất dữ liệu", "Export"),
    "previous": ("Trước", "Previous"),
    "next": ("Sau", "Next"),
    "of": ("trên", "of"),
    "title": ("Tiêu đề", "Title"),
    "outlet": ("Báo", "Outlet"),
    "published": ("Ngày đăng", "Published"),
    "mentions": ("Các lần nhắc", "Mentions"),
    "actors": ("Chủ thể", "Actors"),
    "date_reason": ("Vì sao ngày này", "Why this date"),
    "link": ("Nguồn", "Source link"),
    "body": ("Nội dung", "Body"),
    "nothing": ("Không có bản ghi nào khớp bộ lọc.", "No record matches the filter."),
    "error": ("Lỗi", "Error"),
    "timeline": ("Dòng thời gian", "Timeline"),
    "language": ("English", "Tiếng Việt"),
    "curation": ("Kiểm duyệt", "Curation"),
    "machine": ("Máy, chưa kiểm", "Machine, unchecked"),
    "confirmed": ("Đã xác nhận", "Confirmed"),
    "corrected": ("Đã sửa", "Corrected"),
    "rejected": ("Đã loại", "Rejected"),
    "added": ("Do người thêm", "Added by hand"),
    "human": ("Người đã kiểm", "Checked by people"),
    "all": ("Tất cả", "All"),
    "confirm": ("Xác nhận", "Confirm"),
    "reject": ("Loại bỏ", "Reject"),
    "correct": ("Sửa", "Correct"),
    "save": ("Lưu", "Save"),
    "note": ("Ghi chú", "Note"),
    "audit": ("Lịch sử thay đổi", "Audit trail"),
    "who": ("Ai", "Who"),
    "when": ("Khi nào", "When"),
    "action": ("Thao tác", "Action"),
    "before": ("Trước", "Before"),
    "after": ("Sau", "After"),
    "sign_in": ("Đăng nhập", "Sign in"),
    "sign_out": ("Đăng xuất", "Sign out"),
    "user": ("Tên người dùng", "User name"),
    "password": ("Mật khẩu", "Password"),
    "bad_login": ("Sai tên hoặc mật khẩu.", "Wrong name or password."),
    "upload": ("Tải lên", "Upload"),
    "files": ("Tệp", "Files"),
    "add_record": ("Thêm bản ghi", "Add a record"),
    "sentences": ("Các câu", "Sentences"),
    "stored": ("Đã lưu", "Stored"),
    "skipped": ("Bỏ qua", "Skipped"),
    "errors": ("Lỗi", "Errors"),
    "mode": ("Hình thức", "Mode"),
    "upload_help": ("Trang văn bản, HTML, JSONL, WARC/WET (có thể nén gzip); tối đa {mb} MB mỗi tệp.",
                    "Page text, HTML, JSONL, WARC/WET (gzipped or not); at most {mb} MB a file."),
}


def word(key: str, lang: str) -> str:
    vi, en = WORDS.get(key, (key, key))
    return en if lang == "en" else vi


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, str]]:
    """code -> (Vietnamese name, English name)."""
    from babel import Locale

    from hoptac.mentions.actor_lexicon import alpha3_codes, load

    lex = load()
    en = Locale("en").territories
    alpha2 = {a3: a2 for a2, a3 in alpha3_codes().items()}
    out: dict[str, tuple[str, str]] = {"INTL": ("Cộng đồng quốc tế", "International community")}
    for code, vi_name in lex.names.items():
        out.setdefault(code, (vi_name, en.get(alpha2.get(code, ""), vi_name)))
    return out


def name_of(code: str, lang: str) -> str:
    """An actor code's name in the language ("Trung Quốc" / "China"), or the code itself."""
    vi, en = _names().get(code, (code, code))
    return en if lang == "en" else vi
