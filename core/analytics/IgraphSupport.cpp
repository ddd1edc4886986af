#include "core/analytics/IgraphSupport.h"

#include <QCoreApplication>
#include <QString>

namespace foothold::igraphs {
namespace {

std::mutex g_mutex;
// igraph's reason for the last error; written by the handler while the lock is held.
QString g_lastReason;

void recordError(const char *reason, const char *file, int line, igraph_error_t code)
{
    g_lastReason = QString::fromUtf8(reason ? reason : "");
    // What igraph_error_handler_ignore does: free the temporaries of the failed call.
    igraph_error_handler_ignore(reason, file, line, code);
}

void installHandlers()
{
    igraph_set_error_handler(recordError);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

} // namespace

std::unique_lock<std::mutex> lock()
{
    std::unique_lock<std::mutex> held(g_mutex);
    static bool installed = false; // guarded by g_mutex
    if (!installed) {
        installHandlers();
        installed = true;
    }
    return held;
}

Status check(igraph_error_t code, const char *doing)
{
    if (code == IGRAPH_SUCCESS)
        return {};
    QString why = g_lastReason.isEmpty() ? QString::fromUtf8(igraph_strerror(code)) : g_lastReason;
    g_lastReason.clear();
    const Error::Code kind = code == IGRAPH_INTERRUPTED ? Error::Code::Cancelled : Error::Code::Invalid;
    return Error{kind, QCoreApplication::translate("Network", "%1 failed in igraph: %2").arg(QString::fromUtf8(doing), why), {}, {}};
}

Graph::~Graph()
{
    if (m_made)
        igraph_destroy(&m_graph);
}

Status Graph::create(const igraph_vector_int_t &edges, igraph_integer_t vertices, bool directed)
{
    if (m_made) {
        igraph_destroy(&m_graph);
        m_made = false;
    }
    if (auto s = check(igraph_create(&m_graph, &edges, vertices, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
                       "building the graph");
        !s)
        return s;
    m_made = true;
    return {};
}

RealVector::RealVector(igraph_integer_t size) : m_made(igraph_vector_init(&m_vector, size) == IGRAPH_SUCCESS) {}

RealVector::~RealVector()
{
    if (m_made)
        igraph_vector_destroy(&m_vector);
}

IntVector::IntVector(igraph_integer_t size) : m_made(igraph_vector_int_init(&m_vector, size) == IGRAPH_SUCCESS) {}

IntVector::~IntVector()
{
    if (m_made)
        igraph_vector_int_destroy(&m_vector);
}

IntVectorList::IntVectorList() : m_made(igraph_vector_int_list_init(&m_list, 0) == IGRAPH_SUCCESS) {}

IntVectorList::~IntVectorList()
{
    if (m_made)
        igraph_vector_int_list_destroy(&m_list);
}

Matrix::Matrix(igraph_integer_t rows, igraph_integer_t columns)
    : m_made(igraph_matrix_init(&m_matrix, rows, columns) == IGRAPH_SUCCESS)
{
}

Matrix::~Matrix()
{
    if (m_made)
        igraph_matrix_destroy(&m_matrix);
}

} // namespace foothold::igraphs
