#pragma once

// Internal to core/analytics: the only header that includes igraph. Nothing outside analytics/
// includes it (foothold_core links igraph PRIVATE, so other targets could not even find it).

#include "core/util/Result.h"

#include <igraph.h>

#include <mutex>

namespace foothold::igraphs {

// igraph 0.10.2 as Debian builds it is not thread-safe (IGRAPH_THREAD_SAFE is 0: one global
// error stack, one global random generator). Every igraph call runs while holding this lock.
// Taking it the first time installs our error handler (record the reason, free igraph's
// temporaries, return the code: never abort the process) and silences igraph's warnings.
[[nodiscard]] std::unique_lock<std::mutex> lock();

// OK, or an Error naming what we were doing and igraph's reason. Call with the lock held.
[[nodiscard]] Status check(igraph_error_t code, const char *doing);

// RAII owners of igraph objects: each destroys what it initialised, on every path out. Declare
// them after taking lock(), so that they are made and destroyed while it is held.
class Graph {
public:
    Graph() = default;
    ~Graph();
    Graph(const Graph &) = delete;
    Graph &operator=(const Graph &) = delete;
    // `edges` holds 2 entries per edge; the graph takes a copy.
    Status create(const igraph_vector_int_t &edges, igraph_integer_t vertices, bool directed);
    [[nodiscard]] const igraph_t *get() const { return &m_graph; }

private:
    igraph_t m_graph{};
    bool m_made = false;
};

class RealVector {
public:
    explicit RealVector(igraph_integer_t size = 0);
    ~RealVector();
    RealVector(const RealVector &) = delete;
    RealVector &operator=(const RealVector &) = delete;
    [[nodiscard]] bool ok() const { return m_made; }
    igraph_vector_t *get() { return &m_vector; }
    double &operator[](igraph_integer_t i) { return VECTOR(m_vector)[i]; }
    [[nodiscard]] igraph_integer_t size() const { return igraph_vector_size(&m_vector); }

private:
    igraph_vector_t m_vector{};
    bool m_made = false;
};

class IntVector {
public:
    explicit IntVector(igraph_integer_t size = 0);
    ~IntVector();
    IntVector(const IntVector &) = delete;
    IntVector &operator=(const IntVector &) = delete;
    [[nodiscard]] bool ok() const { return m_made; }
    igraph_vector_int_t *get() { return &m_vector; }
    const igraph_vector_int_t &ref() const { return m_vector; }
    igraph_integer_t &operator[](igraph_integer_t i) { return VECTOR(m_vector)[i]; }

private:
    igraph_vector_int_t m_vector{};
    bool m_made = false;
};

class IntVectorList {
public:
    IntVectorList();
    ~IntVectorList();
    IntVectorList(const IntVectorList &) = delete;
    IntVectorList &operator=(const IntVectorList &) = delete;
    [[nodiscard]] bool ok() const { return m_made; }
    igraph_vector_int_list_t *get() { return &m_list; }

private:
    igraph_vector_int_list_t m_list{};
    bool m_made = false;
};

class Matrix {
public:
    Matrix(igraph_integer_t rows, igraph_integer_t columns);
    ~Matrix();
    Matrix(const Matrix &) = delete;
    Matrix &operator=(const Matrix &) = delete;
    [[nodiscard]] bool ok() const { return m_made; }
    igraph_matrix_t *get() { return &m_matrix; }
    double &at(igraph_integer_t row, igraph_integer_t column) { return MATRIX(m_matrix, row, column); }

private:
    igraph_matrix_t m_matrix{};
    bool m_made = false;
};

} // namespace foothold::igraphs
