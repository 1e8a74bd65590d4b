//go:build gentables

package attribution

// defaultTablesData stands in for the generated tables while the generator
// (go generate, which builds with the tag gentables) writes them: empty
// tables, which New never uses (their digest is 0).
var defaultTablesData defaultTables
