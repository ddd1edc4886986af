#pragma once

#include <QStringList>

// Word pools for the generated sample data: invented companies and events, common first and last
// names from many cultures, and the titles, stacks and topics of a tech job search.
namespace foothold::sample {

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companyNames();      // invented; combined with suffixes when more are needed
const QStringList &companySuffixes();
// The i-th invented company: the names as they are, then "First-word Suffix N" when more are needed.
QString companyNameAt(int i);
const QStringList &industries();
const QStringList &cities();
const QStringList &titles();
const QStringList &roles();             // job titles applied for
const QStringList &stacks();
const QStringList &tags();
const QStringList &eventNames();
const QStringList &followUpTitles();    // with %1 for a name

} // namespace foothold::sample
