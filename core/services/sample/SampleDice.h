#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <random>

namespace foothold::sample {

// Deterministic dice: the same seed gives the same sample on every machine.
class Dice {
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    double normal(double mean, double deviation) { return std::normal_distribution<double>(mean, deviation)(m_engine); }
    bool chance(double p) { return uniform() < p; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }
    // An index in [0, n) that favours small ones: a few companies employ many people.
    int skewed(int n) { return std::min(n - 1, int(std::floor(std::pow(uniform(), 2.2) * n))); }
    // Picks from weighted choices.
    template <typename T>
    T weighted(std::initializer_list<std::pair<T, double>> choices)
    {
        double total = 0;
        for (const auto &choice : choices)
            total += choice.second;
        double roll = uniform() * total;
        for (const auto &choice : choices) {
            roll -= choice.second;
            if (roll <= 0)
                return choice.first;
        }
        return choices.begin()->first;
    }

private:
    std::mt19937 m_engine;
};

inline QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out += QLatin1Char('-');
    }
    return out;
}

inline QDateTime atNoon(QDate day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

} // namespace foothold::sample
