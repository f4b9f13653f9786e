# Writes OUT, a C file defining `const char NAME[]` with the bytes of IN, so
# the binary carries its default rules and needs no install step to run.
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
file(WRITE "${OUT}" "/* generated from ${IN} by cmake/embed.cmake; do not edit */\n"
  "const char ${NAME}[] = {${body} 0x00};\n")
