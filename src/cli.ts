#!/usr/bin/env node
console.log("tongbao");
