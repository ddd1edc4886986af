#pragma once

#include "core/domain/Conversation.h"
#include "ui/models/TalkTargets.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace foothold {

// My share of the talk in a conversation. By hand the source is "not measured" or "estimate" (a
// slider 0–100%; moving it makes the source an estimate). Values measured by the talk timer or a
// transcript are shown read-only with their details; choosing another source replaces them. The
// target for the conversation's kind is shown beside, with where the share stands.
class TalkBalanceField final : public QWidget {
    Q_OBJECT
public:
    explicit TalkBalanceField(QWidget *parent = nullptr);

    void setTargets(const TalkTargets &targets);
    // Shows `talk` as loaded; questions are edited elsewhere and kept from `talk` by balance().
    void setBalance(const TalkBalance &talk, ConversationKind kind);
    void setKind(ConversationKind kind);
    [[nodiscard]] TalkBalance balance() const;
    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QComboBox *sourceCombo() const { return m_source; }
    // Sets a manual estimate (the source becomes "estimate").
    void setEstimate(int percent);

signals:
    void changed();

private:
    void fillSources(TalkSource measured);
    void updateLabels();
    [[nodiscard]] TalkSource currentSource() const;

    TalkTargets m_targets;
    TalkBalance m_original;
    ConversationKind m_kind = ConversationKind::CoffeeChat;
    QComboBox *m_source;
    QSlider *m_slider;
    QLabel *m_value;
    QLabel *m_details;
    QLabel *m_target;
    bool m_filling = false;
};

} // namespace foothold
