package debate

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"

	"github.com/stancekit/stancekit/stance"
)

// Node is an actor in the agreement network.
type Node struct {
	Actor, Type string
	// Statements is the actor's statement count over all periods, Periods
	// the number of periods it took a position in.
	Statements, Periods int
	// Counts is the statement count per label over all periods, and Label
	// the most frequent (ties in stance.CompareLabels order).
	Counts map[stance.Label]int
	Label  stance.Label
}

// Edge links two actors who took a position in the same period.
type Edge struct {
	// A < B, by name.
	A, B string
	// Agree is the number of periods in which both held the same position,
	// Oppose the number in which they held different ones.
	Agree, Oppose int
}

// Weight is the number of periods the two actors met in: Agree + Oppose.
func (e Edge) Weight() int { return e.Agree + e.Oppose }

// Network is the actor agreement network, in the manner of the Discourse
// Network Analyzer: actors are nodes, and two actors are linked for every
// period in which both took a position, as agreeing (same label) or
// opposing (different labels).
type Network struct {
	Nodes []Node // by decreasing Statements, then name
	Edges []Edge // by A, then B
}

// BuildNetwork makes the network from positions (any order).
func BuildNetwork(ps []Position) Network {
	nodes := map[string]*Node{}
	byPeriod := map[string][]Position{}
	for _, p := range ps {
		if p.Statements == 0 || p.Label == "" {
			continue
		}
		n := nodes[p.Actor]
		if n == nil {
			n = &Node{Actor: p.Actor, Type: p.ActorType, Counts: map[stance.Label]int{}}
			nodes[p.Actor] = n
		}
		n.Statements += p.Statements
		n.Periods++
		for l, c := range p.Counts {
			n.Counts[l] += c
		}
		byPeriod[p.Period] = append(byPeriod[p.Period], p)
	}
	var net Network
	for _, n := range nodes {
		n.Label, _ = argmax(n.Counts)
		net.Nodes = append(net.Nodes, *n)
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		a, b := net.Nodes[i], net.Nodes[j]
		if a.Statements != b.Statements {
			return a.Statements > b.Statements
		}
		return a.Actor < b.Actor
	})
	edges := map[[2]string]*Edge{}
	for _, group := range byPeriod {
		for i := range group {
			for j := range group {
				a, b := group[i], group[j]
				if a.Actor >= b.Actor {
					continue
				}
				k := [2]string{a.Actor, b.Actor}
				e := edges[k]
				if e == nil {
					e = &Edge{A: a.Actor, B: b.Actor}
					edges[k] = e
				}
				if a.Label == b.Label {
					e.Agree++
				} else {
					e.Oppose++
				}
			}
		}
	}
	for _, e := range edges {
		net.Edges = append(net.Edges, *e)
	}
	sort.Slice(net.Edges, func(i, j int) bool {
		if net.Edges[i].A != net.Edges[j].A {
			return net.Edges[i].A < net.Edges[j].A
		}
		return net.Edges[i].B < net.Edges[j].B
	})
	return net
}

// WriteGraphML writes the network as GraphML, which Gephi, yEd, networkx
// and igraph read. Nodes carry type, label and statements; edges weight
// (periods met), agree, oppose and net (agree - oppose).
func (n Network) WriteGraphML(w io.Writer) error {
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type node struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type edge struct {
		ID     string `xml:"id,attr"`
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Data   []data `xml:"data"`
	}
	type key struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	type graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []node `xml:"node"`
		Edges       []edge `xml:"edge"`
	}
	type graphml struct {
		XMLName xml.Name `xml:"graphml"`
		NS      string   `xml:"xmlns,attr"`
		Keys    []key    `xml:"key"`
		Graph   graph    `xml:"graph"`
	}
	g := graphml{NS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []key{
			{"label", "node", "label", "string"}, {"type", "node", "actor_type", "string"},
			{"stance", "node", "stance", "string"}, {"statements", "node", "statements", "int"},
			{"supportive", "node", "supportive", "int"}, {"cautious", "node", "cautious", "int"},
			{"opposed", "node", "opposed", "int"}, {"periods", "node", "periods", "int"},
			{"weight", "edge", "weight", "double"}, {"agree", "edge", "agree", "int"},
			{"oppose", "edge", "oppose", "int"}, {"net", "edge", "net", "int"},
		},
		Graph: graph{ID: "agreement", EdgeDefault: "undirected"}}
	itoa := func(i int) string { return fmt.Sprint(i) }
	for _, nd := range n.Nodes {
		g.Graph.Nodes = append(g.Graph.Nodes, node{ID: nd.Actor, Data: []data{
			{"label", nd.Actor}, {"type", nd.Type}, {"stance", string(nd.Label)}, {"statements", itoa(nd.Statements)},
			{"supportive", itoa(nd.Counts[stance.Supportive])}, {"cautious", itoa(nd.Counts[stance.Cautious])},
			{"opposed", itoa(nd.Counts[stance.Opposed])}, {"periods", itoa(nd.Periods)}}})
	}
	for i, e := range n.Edges {
		g.Graph.Edges = append(g.Graph.Edges, edge{ID: fmt.Sprintf("e%d", i), Source: e.A, Target: e.B, Data: []data{
			{"weight", itoa(e.Weight())}, {"agree", itoa(e.Agree)}, {"oppose", itoa(e.Oppose)}, {"net", itoa(e.Agree - e.Oppose)}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(g); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
