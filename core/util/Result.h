#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace foothold {

// How an operation failed. `field` names the offending field for validation errors ("email",
// "connected"), `location` names FILE:LINE for parse errors; both may be empty.
struct Error {
    enum class Code {
        Invalid,     // a value the domain refuses (bad e-mail, unknown stage, end before start)
        NotFound,    // an id or name that matches no record
        Ambiguous,   // a name that matches more than one record
        Conflict,    // a unique key already taken
        Io,          // the file system refused (missing directory, unreadable, read-only, full)
        Database,    // SQLite refused (not a database, locked, corrupt, newer schema)
        Parse,       // an input file is malformed
        Cancelled,   // the user asked to stop
    };

    Code code = Code::Invalid;
    QString message;
    QString field;
    QString location;

    // One line for a person: "location: field: message", omitting what is empty.
    [[nodiscard]] QString toString() const
    {
        QString out;
        if (!location.isEmpty())
            out += location + QStringLiteral(": ");
        if (!field.isEmpty())
            out += field + QStringLiteral(": ");
        return out + message;
    }

    static Error invalid(QString fieldName, QString why)
    {
        return {Code::Invalid, std::move(why), std::move(fieldName), {}};
    }
    static Error notFound(QString why) { return {Code::NotFound, std::move(why), {}, {}}; }
    static Error database(QString why) { return {Code::Database, std::move(why), {}, {}}; }
    static Error io(QString why) { return {Code::Io, std::move(why), {}, {}}; }
    static Error parse(QString where, QString why)
    {
        return {Code::Parse, std::move(why), {}, std::move(where)};
    }
};

// A value or an Error; the minimum of std::expected (C++23) that we need on GCC 12.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }
    [[nodiscard]] T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace foothold
