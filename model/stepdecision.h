#pragma once
// What a step is (its nature) and what the analysis decided for it (the structured decision of
// an analysis row): both optional additive tthc-json fields kept in the `extra` objects, so a
// file without them stays valid and older tools keep them.
//   step      "nature":   one of enumNames<StepNature>() — without it, read from the name
//   analysis  "decision": {"online": bool, "channel": "online|postal|desk", "name": text,
//                          "hours": h, "waitDays": d, "by": system id, "override": reason,
//                          "into": step id}
// The derivation (derivation.h) reads them; the validator reports fields it cannot use.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <optional>

namespace tthc {

struct Decision {
    std::optional<bool> online;      // simplify: the step goes online (true) or stays in person
    std::optional<Channel> channel;  // result delivery: electronic, postal on request, at the desk
    QString name;                    // the step's name in the e-process (empty: derived)
    std::optional<double> hours;     // the actor's working hours in the e-process
    std::optional<double> waitDays;  // waiting in the e-process, in working days
    QString by;                      // automate: the system that does it (a registry id)
    QString override;                // automate an officer's step anyway: the reason, recorded
    QString into;                    // merge: the step this one merges into (required)
    bool operator==(const Decision &) const = default;
    bool isEmpty() const { return *this == Decision{}; }
};

class StepRules {
    Q_DECLARE_TR_FUNCTIONS(tthc::StepRules)
public:
    // The nature given in the file, if any (an unknown spelling reads as none; the validator
    // reports it).
    static std::optional<StepNature> statedNature(const Step &s);
    // The stated nature, else the one read from the name (inferNature).
    static StepNature nature(const Step &s, const Process &p);
    // From the step's name, by the first rule that matches (case-insensitive, whole words):
    //   signing "ký" (not "đăng ký"), "trình ký"; decision "phê duyệt", "quyết định", "duyệt";
    //   appraisal "thẩm định", "thẩm tra", "xem xét"; record "ghi sổ", "vào sổ", "ghi vào sổ";
    //   examination "khám", "giám định", "kiểm định", "sát hạch"; result "nhận kết quả",
    //   "trả kết quả", "nhận giấy", "trả giấy", "nhận bản", "trả bản"; payment "lệ phí", "phí",
    //   "thanh toán", "nộp tiền"; submission "nộp hồ sơ", "gửi hồ sơ", "tiếp nhận", "tờ khai",
    //   "nộp đơn", "nộp"; notification "thông báo", "hẹn"; forwarding "chuyển", "luân chuyển";
    //   check "kiểm tra", "đối chiếu", "xác minh", "xác thực", "xác nhận"; look-up "tra cứu",
    //   "khai thác", "truy vấn"; preparation "chuẩn bị", "chụp ảnh", "điền";
    //   production "in", "cấp", "trích lục", "làm thẻ"; else a task in an applicant's lane is
    //   preparation and any other task "other".
    static StepNature inferNature(const Step &s, const Process &p);
    static void setNature(Step &s, std::optional<StepNature> nature);

    // Appraisal, decision, signing and entry in a register: the law gives them to an officer.
    static bool officerOnly(StepNature n);
    // Checks, look-ups, notifications and forwarding: a system may do them alone.
    static bool automatable(StepNature n);
    // The applicant's own acts (preparation, submission, payment, receiving the result in an
    // applicant's lane): they stay the applicant's, done online.
    static bool applicantsOwn(const Step &s, const Process &p);
    static bool isApplicantLane(const Process &p, const QString &lane);
    static bool isSystemLane(const Process &p, const QString &lane);

    static Decision decision(const StepAnalysis &a);
    // Every field of the row's "decision" that cannot be used, one translated line each.
    static QStringList decisionProblems(const StepAnalysis &a);
    static void setDecision(StepAnalysis &a, const Decision &d); // empty: the field is removed
};

} // namespace tthc
