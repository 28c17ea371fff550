# Writes a C++ source defining, in NAMESPACE, `extern const unsigned char SYMBOL[]` with the
# bytes of IN and `extern const unsigned long SYMBOL_size` with their count.
# Usage: cmake -DIN=file -DOUT=file.cc -DSYMBOL=kName -DNAMESPACE=dyad::x -P embed.cmake
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\nnamespace ${NAMESPACE} {\n"
     "extern const unsigned char ${SYMBOL}[];\nextern const unsigned long ${SYMBOL}_size;\n"
     "const unsigned char ${SYMBOL}[] = {${bytes}0x00};\n"
     "const unsigned long ${SYMBOL}_size = ${size};\n}\n")
