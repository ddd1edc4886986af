#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace foothold {

// The text of one cue, turned into who said what. docs/TALK.md is the reference for the rules.

enum class CueMarkup {
    WebVtt, // the WebVTT cue text syntax: <v Name>, <c>, <i>, <b>, <u>, <ruby>, <rt>, <lang>, <00:01.000>, &amp;
    SubRip, // what SRT files carry: <b>, <i>, <u>, <s>, <font …> and {\an8}-style overrides; anything
            // else in angle brackets is text ("2<3,5>1" stays)
};

struct CueSegment {
    QString speaker;      // from a voice span; empty outside one
    QString text;         // plain, whitespace collapsed
    bool voiced = false;  // inside a <v> span
    bool operator==(const CueSegment &) const = default;
};

// Splits a cue's raw text (its lines joined by '\n') into runs by voice span, removing markup.
// Adjacent runs of the same voice are merged; runs with no text are dropped, except that a cue with no
// text at all gives one empty segment. Never empty.
[[nodiscard]] QList<CueSegment> splitCueText(QStringView raw, CueMarkup markup);
// The same, reusing `scratch` as working space from one cue to the next (a parser splits thousands).
[[nodiscard]] QList<CueSegment> splitCueText(QStringView raw, CueMarkup markup, QString &scratch);

// "Ana Lima: Hello there" -> {"Ana Lima", "Hello there"}: the Zoom and Google Meet way of naming the
// speaker. The label must look like a name: 1–64 characters, at most 8 words, a letter in it, and only
// letters, digits, spaces and . ' ’ - ( ) _ & @ , / inside; a colon followed by a space or the end.
struct SpeakerLabel {
    QString speaker;
    QString rest;
};
[[nodiscard]] std::optional<SpeakerLabel> splitSpeakerLabel(QStringView text);

// Words: runs of non-space characters with a letter or digit in them; every Han, Hiragana or
// Katakana character counts as a word of its own (those scripts do not separate words by spaces).
[[nodiscard]] int countWords(QStringView text);
// Questions: runs of ? ! and their full-width and Arabic forms that hold at least one question mark
// ("Really?!" is one question, "Why? How?" two).
[[nodiscard]] int countQuestions(QStringView text);
// Both at once (one pass over the text).
void countWordsAndQuestions(QStringView text, int &words, int &questions);

} // namespace foothold
