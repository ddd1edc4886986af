#pragma once

#include "core/domain/Conversation.h"
#include "ui/models/RecordTableModel.h"
#include "ui/models/TalkTargets.h"

namespace foothold {

class NameDirectory;

// Every conversation, one row each, newest first from ConversationStore. Participants' names are
// looked up in the name directory, so a renamed contact shows at once (a deleted one is reported by
// the store as a change of the conversations it was in); the talk-share targets are
// read from the settings when the model loads (call refreshTargets() after they change).
class ConversationsModel final : public RecordListModel<Conversation> {
    Q_OBJECT
public:
    // Who and how the talk went come first: they are what a narrow table beside the editor shows.
    enum Column { When, With, Kind, MyShare, Target, Duration, Channel, NextStep, ColumnCount };

    ConversationsModel(Database &db, NameDirectory &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Rows are loaded when first needed (the page is shown), not when the window is built: with
    // 100,000 contacts the window must come up fast on whatever page it opens.
    void ensureLoaded();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] const TalkTargets &targets() const { return m_targets; }
    void refreshTargets();
    // "Ana Lima, Ben Okafor".
    [[nodiscard]] QString participantNames(const Conversation &conversation) const;

protected:
    QString makeSearchText(const Conversation &row) const override;
    QList<Conversation> fetch(const QList<qint64> &ids) override;
    void loadAll() override;
    void loadSome(const QList<qint64> &ids) override;

private:
    NameDirectory &m_names;
    bool m_loaded = false;
    TalkTargets m_targets;
};

// A date and time in the user's locale, without seconds: "25 Nov 2026 08:00".
[[nodiscard]] QString shortDateTime(const QDateTime &utc);
// "45 min", "1 h 30 min"; empty for 0.
[[nodiscard]] QString durationText(int minutes);

} // namespace foothold
