#pragma once
// A value or a user-readable (translated) error message. Storage, import and the command
// line return these instead of throwing, so that every failure reaches the user as text.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace tthc {

template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

using Status = Result<std::monostate>;
inline Status success() { return Status(std::monostate{}); }

} // namespace tthc
