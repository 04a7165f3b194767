console.log("fake server: not yet");
