// notecheck signs and opens C2SP signed notes with golang.org/x/mod/sumdb/note, the reference the
// activity log's checkpoints must meet unchanged (tools/tlog/interop.sh).
//
//	notecheck new-key <name>
//	notecheck sign <signer key file> <text file>
//	notecheck open <verifier key> <note file>
package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

func main() {
	if len(os.Args) < 3 {
		fail(2, "usage: notecheck new-key <name> | sign <signer key file> <text file> | open <verifier key> <note file>")
	}
	switch os.Args[1] {
	case "new-key":
		skey, vkey, err := note.GenerateKey(rand.Reader, os.Args[2])
		check(err)
		fmt.Println(skey)
		fmt.Println(vkey)
	case "sign":
		signer, err := note.NewSigner(strings.TrimSpace(read(os.Args[2])))
		check(err)
		msg, err := note.Sign(&note.Note{Text: read(os.Args[3])}, signer)
		check(err)
		fmt.Print(string(msg))
	case "open":
		verifier, err := note.NewVerifier(os.Args[2])
		check(err)
		n, err := note.Open([]byte(read(os.Args[3])), note.VerifierList(verifier))
		if err != nil {
			fail(1, "not verified: "+err.Error())
		}
		fmt.Print(n.Text)
	default:
		fail(2, "unknown command "+os.Args[1])
	}
}

func read(file string) string {
	data, err := os.ReadFile(file)
	check(err)
	return string(data)
}

func check(err error) {
	if err != nil {
		fail(2, err.Error())
	}
}

func fail(code int, message string) {
	fmt.Fprintln(os.Stderr, message)
	os.Exit(code)
}
