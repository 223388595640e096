// Package pipeline is the only place that knows the order of the stages:
// extract, text, actor, event, assess.
package pipeline
