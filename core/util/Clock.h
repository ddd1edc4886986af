#pragma once

#include <QDate>
#include <QDateTime>

namespace foothold {

// The source of "now". Injected wherever "overdue", "this week" or "last 90 days" matters, so tests
// can pin the date. Implementations must be usable from any thread.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    [[nodiscard]] QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    // The process-wide real clock.
    static const Clock &instance();
};

// A clock that says what it is told; for tests and for reproducible sample data.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace foothold
