// Package attribution finds who said what in a news article about Huawei
// and 5G network security, and what each actor's position is.
package attribution
